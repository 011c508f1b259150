// The streaming GEXF writer writes exactly the bytes of graphToGexf (graphology-gexf), in
// bounded chunks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { gexfChunks, graphToGexf, type GexfVersion } from '../../../src/io/gexf/index.ts';
import { buildGraph, createClaimGraph, STATEMENTS_FORMAT, type ClaimGraph } from '../../../src/model/index.ts';
import { statementsFile } from '../../model/arbitraries.ts';
import { HOSTILE_STATEMENTS } from './hostileGraph.ts';
import { manyStatements } from './manyStatements.ts';

const streamed = (graph: ClaimGraph, version?: GexfVersion): string => [...gexfChunks(graph, { version })].join('');

const withLayout = (): ClaimGraph => {
  const graph = buildGraph(HOSTILE_STATEMENTS);
  graph.forEachNode((key, _attrs) => graph.mergeNodeAttributes(key, { x: 1.5, y: -2 } as never));
  return graph;
};

describe('gexfChunks', () => {
  it.each([
    ['the curated graph', loadDefaultGraph],
    ['the hostile-strings graph', async () => buildGraph(HOSTILE_STATEMENTS)],
    ['an empty graph', async () => createClaimGraph()],
    [
      'a graph without edges',
      async () => buildGraph({ format: STATEMENTS_FORMAT, documents: [{ id: 'd' }], actors: [], statements: [] }),
    ],
    ['a graph with its own layout', async () => withLayout()],
    ['a graph of 2000 statements', async () => buildGraph(manyStatements(2000))],
  ])('writes the same bytes as graphToGexf for %s (GEXF 1.3 and 1.2)', async (_name, load) => {
    const graph = await load();
    expect(streamed(graph)).toBe(graphToGexf(graph));
    expect(streamed(graph, '1.2')).toBe(graphToGexf(graph, { version: '1.2' }));
  });

  it('writes the same bytes for generated graphs (plain and hostile)', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((hostile) => statementsFile({ hostile })),
        (data) => {
          const graph = buildGraph(data);
          expect(streamed(graph)).toBe(graphToGexf(graph));
          expect(streamed(graph, '1.2')).toBe(graphToGexf(graph, { version: '1.2' }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('yields chunks of about 64 KiB, never the whole file at once', () => {
    const chunks = [...gexfChunks(buildGraph(manyStatements(2000)))];
    expect(chunks.length).toBeGreaterThan(10);
    // the first chunk holds the document node, whose text alone is larger than a chunk
    for (const chunk of chunks.slice(1, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(1 << 16);
      expect(chunk.length).toBeLessThan((1 << 16) + 4096);
    }
  });
});
