// The synthetic claim graphs of benchmarks and the viewer's scale test: the asked number of
// nodes, about five edges per node by default, valid statements@1 whose spans point into the
// document texts, and the same data for the same seed.
import { describe, expect, it } from 'vitest';
import { toStatements, validateStatements } from '../../src/model/index.ts';
import { syntheticGraph, syntheticStatements } from '../../src/synth/index.ts';

describe('syntheticGraph', () => {
  it.each([[100], [2000]])('has %i nodes and about five edges per node', (nodes) => {
    const graph = syntheticGraph(nodes);
    expect(graph.order).toBe(nodes);
    expect(graph.size / graph.order).toBeGreaterThan(4);
    expect(graph.size / graph.order).toBeLessThan(6);
  });

  it('is valid statements@1, with every span checked against its document text', () => {
    const data = syntheticStatements(500);
    expect(validateStatements(data, { requireTexts: true }).problems).toEqual([]);
    expect(validateStatements(toStatements(syntheticGraph(200)), { requireTexts: true }).problems).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(syntheticStatements(300, { seed: 3 })).toEqual(syntheticStatements(300, { seed: 3 }));
    expect(syntheticStatements(300, { seed: 3 })).not.toEqual(syntheticStatements(300, { seed: 4 }));
  });

  it('follows the shape options: shares of documents and actors, subjects per statement', () => {
    const data = syntheticStatements(1000, { documentShare: 0.05, actorShare: 0.01, about: [1, 1] });
    expect(data.documents).toHaveLength(50);
    expect(data.actors).toHaveLength(10);
    expect(data.statements).toHaveLength(940);
    expect(data.statements.every((st) => st.about.length === 1)).toBe(true);
  });

  it('skews speakers towards the first actors when asked', () => {
    const share = (skew: number) =>
      syntheticStatements(2000, { skew }).statements.filter((st) => Number(st.speaker.slice(1)) < 20).length;
    expect(share(3)).toBeGreaterThan(2 * share(1));
  });
});
