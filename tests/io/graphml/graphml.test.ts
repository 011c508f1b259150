// GraphML export read by independent readers: networkx and python-igraph in Python, and
// graphology-graphml (Gephi Lite's GraphML reader) for the round-trip property over hostile
// strings. Code-point offsets slice every span in Python on an article with emoji.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { unescapeValue } from '../../../src/io/gexf/index.ts';
import { graphToGraphml } from '../../../src/io/graphml/index.ts';
import { buildGraph, type ClaimGraph } from '../../../src/model/index.ts';
import * as palette from '../../../src/style/index.ts';
import { statementsFile } from '../../model/arbitraries.ts';
import { pythonReaders, runPython } from '../../support/python.ts';
import { tempDirs } from '../../support/tempDir.ts';
import { EMOJI_STATEMENTS } from '../emojiArticle.ts';
import { HOSTILE_STATEMENTS } from '../gexf/hostileGraph.ts';

const freshDir = tempDirs('graphml');
const READER = fileURLToPath(new URL('./read_graphml.py', import.meta.url));
const missing = pythonReaders(['networkx', 'igraph']);
const curated = await loadDefaultGraph();
const GRAPHS: [string, ClaimGraph][] = [
  ['the curated graph', curated],
  ['the emoji article', buildGraph(EMOJI_STATEMENTS)],
  ['the hostile-strings graph', buildGraph(HOSTILE_STATEMENTS)],
];

interface GraphmlView {
  networkx: {
    directed: boolean;
    nodes: number;
    edges: number;
    checked: number;
    mismatches: unknown[];
    colors: Record<string, string>;
    aliases: Record<string, string[]>;
    edgeData: Record<string, Record<string, unknown>>;
  };
  igraph: {
    directed: boolean;
    nodes: number;
    edges: number;
    ids: string[];
    labels: string[];
    colors: string[];
    edgeKinds: string[];
    weights: number[];
  };
}

function readInPython(graph: ClaimGraph): GraphmlView {
  const file = join(freshDir(), 'graph.graphml');
  writeFileSync(file, graphToGraphml(graph));
  return runPython<GraphmlView>(READER, [file]);
}

describe('GraphML in graphology-graphml (Gephi Lite)', () => {
  it('reads back every key and label exactly once unescaped, colours from r/g/b', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((hostile) => statementsFile({ hostile })),
        (data) => {
          const graph = buildGraph(data);
          const read = parse(Graph, graphToGraphml(graph));
          expect(read.order).toBe(graph.order);
          expect(read.size).toBe(graph.size);
          const keys = read.mapNodes((key, attrs) => [unescapeValue(key), unescapeValue(String(attrs.label ?? ''))]);
          expect(keys).toEqual(graph.mapNodes((key, attrs) => [key, attrs.label]));
          read.forEachNode((_key, attrs) => expect(attrs.color).toMatch(/^#[0-9a-f]{6}$/));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe.skipIf(missing !== null)('GraphML in networkx and igraph', () => {
  it.each(GRAPHS)('%s: both read every node and edge, every code-point span slices its text', (_name, graph) => {
    const view = readInPython(graph);
    expect([view.networkx.nodes, view.networkx.edges, view.networkx.directed]).toEqual([graph.order, graph.size, true]);
    expect([view.igraph.nodes, view.igraph.edges, view.igraph.directed]).toEqual([graph.order, graph.size, true]);
    expect(view.networkx.mismatches).toEqual([]);
    expect(view.networkx.checked).toBeGreaterThan(graph.size / 3);
  });

  it('colours, weights, stances, spans and aliases arrive intact', () => {
    const view = readInPython(curated);
    expect(view.networkx.colors['actor:russia']).toBe(palette.ACTOR_KIND_COLORS.state);
    expect(view.networkx.colors['claim:aleppo-2016/s9']).toBe(palette.STANCE_COLORS.accuses);
    expect(view.networkx.aliases['actor:russia']).toEqual(['Russia', 'Moscow', 'Russian']);
    expect(view.networkx.edgeData['accuses:aleppo-2016/s9']).toMatchObject({
      kind: 'accuses',
      weight: 2,
      cueStart: 2648,
      cueEnd: 2655,
      cueText: 'accused',
      color: palette.STANCE_COLORS.accuses,
    });
    const russia = view.igraph.ids.indexOf('actor:russia');
    expect([view.igraph.labels[russia], view.igraph.colors[russia]]).toEqual([
      'Russia',
      palette.ACTOR_KIND_COLORS.state,
    ]);
    expect(new Set(view.igraph.edgeKinds)).toContain('accuses');
    expect(new Set(view.igraph.weights)).toEqual(new Set([1, 2]));
  });
});
