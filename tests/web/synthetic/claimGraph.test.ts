// The synthetic claim graphs used for the scale test and the benchmark: the asked number of
// nodes, about five edges per node, valid statements@1, and the same graph for the same seed.
import { describe, expect, it } from 'vitest';
import { validateStatements } from '../../../src/model/index.ts';
import { syntheticGraph, syntheticStatements } from '../../../web/src/synthetic/claimGraph.ts';

describe('syntheticGraph', () => {
  it.each([[100], [2000]])('has %i nodes and about five edges per node', (nodes) => {
    const graph = syntheticGraph(nodes);
    expect(graph.order).toBe(nodes);
    expect(graph.size / graph.order).toBeGreaterThan(4);
    expect(graph.size / graph.order).toBeLessThan(6);
  });

  it('is valid statements@1 and deterministic', () => {
    expect(validateStatements(syntheticStatements(500)).problems).toEqual([]);
    expect(syntheticStatements(300, 3)).toEqual(syntheticStatements(300, 3));
    expect(syntheticStatements(300, 3)).not.toEqual(syntheticStatements(300, 4));
  });
});
