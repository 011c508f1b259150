// CSV export read by independent readers: Python's csv module and networkx (both header
// styles), and in JavaScript d3-dsv's parser for the round-trip property over hostile strings.
// Code-point offsets slice the cue in Python on an article with emoji.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphToCsv, wellFormed, type CsvHeader } from '../../../src/io/csv/index.ts';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { encodeList } from '../../../src/io/flat/lists.ts';
import { flatTables } from '../../../src/io/flat/table.ts';
import { csvPaths, writeGraphFile } from '../../../src/io/graphFile.ts';
import { buildGraph, type ClaimGraph } from '../../../src/model/index.ts';
import * as palette from '../../../src/style/index.ts';
import { statementsFile } from '../../model/arbitraries.ts';
import { pythonReaders, runPython } from '../../support/python.ts';
import { tempDirs } from '../../support/tempDir.ts';
import { EMOJI_STATEMENTS } from '../emojiArticle.ts';
import { HOSTILE_STATEMENTS } from '../gexf/hostileGraph.ts';

const freshDir = tempDirs('csv');
const READER = fileURLToPath(new URL('./read_csv.py', import.meta.url));
const missing = pythonReaders(['networkx']);
const curated = await loadDefaultGraph();
const GRAPHS: [string, ClaimGraph][] = [
  ['the curated graph', curated],
  ['the emoji article', buildGraph(EMOJI_STATEMENTS)],
  ['the hostile-strings graph', buildGraph(HOSTILE_STATEMENTS)],
];

interface CsvView {
  header: { nodes: string[]; edges: string[] };
  nodes: number;
  edges: number;
  checked: number;
  mismatches: unknown[];
  labels: Record<string, string>;
  colors: Record<string, string>;
  aliases: Record<string, string[]>;
  kinds: Record<string, string>;
  types: string[];
}

async function readInPython(graph: ClaimGraph, header: CsvHeader): Promise<CsvView> {
  const out = join(freshDir(), 'graph.csv');
  await writeGraphFile(graph, out, undefined, { csvHeader: header });
  const { nodes, edges } = csvPaths(out);
  return runPython<CsvView>(READER, [nodes, edges, header]);
}

describe('CSV tables', () => {
  it('-o X.csv writes X.nodes.csv and X.edges.csv', () => {
    expect(csvPaths('/a/graph.csv')).toEqual({ nodes: '/a/graph.nodes.csv', edges: '/a/graph.edges.csv' });
    expect(csvPaths('/a/graph')).toEqual({ nodes: '/a/graph.nodes.csv', edges: '/a/graph.edges.csv' });
  });

  it.each([
    ['gephi', 'Id,Label,kind,', 'Source,Target,Type,Id,Label,kind,'],
    ['neo4j', 'id:ID,label,:LABEL,kind,', ':START_ID,:END_ID,:TYPE,id,label,kind,'],
  ] as const)('%s headers', (header, nodes, edges) => {
    const tables = graphToCsv(curated, { header });
    expect(tables.nodes.startsWith(nodes)).toBe(true);
    expect(tables.edges.startsWith(edges)).toBe(true);
    if (header === 'neo4j') {
      expect(tables.nodes.split('\n')[0]).toContain(',contentStart:int,contentEnd:int,');
      expect(tables.edges.split('\n')[0]).toContain(',cueStartCp:int,');
      expect(tables.edges).toContain('\nactor:lavrov,claim:aleppo-2016/s9,ACCUSES,accuses:aleppo-2016/s9,accuses,');
      expect(tables.edges).toContain(',MEMBER_OF,');
    } else expect(tables.edges.split('\n')[0]).toContain(',Weight,color');
  });

  it('parses back (d3-dsv) to the exact cells, hostile strings included, lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((hostile) => statementsFile({ hostile })),
        (data) => {
          const graph = buildGraph(data);
          const tables = flatTables(graph, { value: wellFormed, list: encodeList });
          const parsed = csvParseRows(graphToCsv(graph).nodes);
          const header = parsed[0] as string[];
          const rows = [...tables.nodes];
          expect(parsed.slice(1)).toHaveLength(rows.length);
          rows.forEach(({ key, label, row }, i) => {
            const cells = Object.fromEntries(header.map((name, j) => [name, parsed[i + 1]![j]]));
            expect(cells.Id).toBe(wellFormed(key));
            expect(cells.Label).toBe(wellFormed(label));
            for (const [name] of tables.nodeColumns)
              expect(cells[name]).toBe(row[name] === undefined ? '' : String(row[name]));
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe.skipIf(missing !== null).each(['gephi', 'neo4j'] as const)(
  "%s CSV in Python's csv module and networkx",
  (header) => {
    it.each(GRAPHS)('%s: every row loads, every code-point span slices its text', async (_name, graph) => {
      const view = await readInPython(graph, header);
      expect(view.nodes).toBe(graph.order);
      expect(view.edges).toBe(graph.size);
      expect(view.mismatches).toEqual([]);
      expect(view.checked).toBeGreaterThan(graph.size / 3);
    });

    it('colours, stances and aliases arrive intact', async () => {
      const view = await readInPython(curated, header);
      expect(view.colors['actor:russia']).toBe(palette.ACTOR_KIND_COLORS.state);
      expect(view.colors['claim:aleppo-2016/s9']).toBe(palette.STANCE_COLORS.accuses);
      expect(view.kinds['accuses:aleppo-2016/s9']).toBe('accuses');
      expect(view.aliases['actor:russia']).toEqual(['Russia', 'Moscow', 'Russian']);
      expect(view.types).toContain(header === 'neo4j' ? 'ACCUSES' : 'Directed');
    });
  },
);
