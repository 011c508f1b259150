import { describe, expect, it } from 'vitest';
import { ClusterTally } from '../../src/corpus/cluster/index.ts';
import { ClaimGraphError } from '../../src/errors.ts';

describe('ClusterTally', () => {
  it('counts each cluster’s statements, and each of its documents once', () => {
    const tally = new ClusterTally();
    // document 0: clusters 0, 1, 0; document 1: clusters 1, 2; document 2: cluster 1
    const formed = [
      [0, 0],
      [1, 0],
      [0, 0],
      [1, 1],
      [2, 1],
      [1, 2],
    ].map(([cluster, doc]) => tally.count(cluster as number, doc as number));
    expect(formed).toEqual([true, true, false, false, true, false]);
    expect(tally.clusters).toBe(3);
    expect([0, 1, 2].map((c) => tally.statements(c))).toEqual([2, 3, 1]);
    // cluster 0 is one document's, cluster 1 three documents', cluster 2 one document's
    expect(tally.multiDocument()).toBe(1);
  });

  it('keeps the statement counts after release, and refuses to count more', () => {
    const tally = new ClusterTally();
    tally.count(0, 0);
    tally.count(0, 1);
    tally.release();
    expect(tally.statements(0)).toBe(2);
    expect(() => tally.count(0, 2)).toThrow(ClaimGraphError);
    expect(() => tally.multiDocument()).toThrow(/after release/);
  });
});
