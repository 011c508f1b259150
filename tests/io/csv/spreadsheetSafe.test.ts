// CSV injection: with --spreadsheet-safe, a text cell a spreadsheet would evaluate gets a
// leading apostrophe; without it every cell is the exact text (Neo4j, Gephi, pandas).
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { graphToCsv, spreadsheetSafe } from '../../../src/io/csv/index.ts';
import { buildGraph, STATEMENTS_FORMAT, type StatementsFile } from '../../../src/model/index.ts';

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("http://example.test","x")', '\'=HYPERLINK("http://example.test","x")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tline', "'\tline"],
    ['-3', '-3'],
    ['+12.5%', '+12.5%'],
    ['plain words', 'plain words'],
    ['', ''],
  ])('%j → %j', (cell, safe) => expect(spreadsheetSafe(cell)).toBe(safe));
});

const text = 'Ana Lind said =HYPERLINK("http://example.test") was the link.';
const content = '=HYPERLINK("http://example.test") was the link';
const HOSTILE: StatementsFile = {
  format: STATEMENTS_FORMAT,
  documents: [{ id: 'doc', title: '@title', text }],
  actors: [{ id: 'lind', label: '-Ana Lind', kind: 'person', aliases: ['+Lind'] }],
  statements: [
    {
      id: 's1',
      doc: 'doc',
      speaker: 'lind',
      stance: 'asserts',
      cue: { start: 9, end: 13, text: 'said' },
      content: { start: 14, end: 14 + content.length, text: content },
      evidence: { start: 0, end: text.length, text },
      targets: [],
      about: [],
      responds: [],
    },
  ],
};

describe('CSV export and --spreadsheet-safe', () => {
  const graph = buildGraph([{ source: 'hostile', data: HOSTILE }]);
  const cells = (csv: string) => csvParseRows(csv).flat();

  it('writes exact text by default', () => {
    const { nodes } = graphToCsv(graph);
    expect(cells(nodes)).toContain(content);
    expect(cells(nodes)).toContain('-Ana Lind');
    expect(cells(nodes).some((c) => c.startsWith("'"))).toBe(false);
  });

  it('with spreadsheetSafe, no cell of either table starts as a formula, and nothing else changes', () => {
    const exact = graphToCsv(graph);
    const safe = graphToCsv(graph, { spreadsheetSafe: true });
    for (const table of ['nodes', 'edges'] as const) {
      const before = cells(exact[table]);
      const after = cells(safe[table]);
      expect(after).toHaveLength(before.length);
      after.forEach((cell, i) => {
        expect(cell).toBe(spreadsheetSafe(before[i] as string));
        expect(/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+([.,]\d+)?%?$/.test(cell)).toBe(false);
      });
    }
    expect(cells(safe.nodes)).toContain(`'${content}`);
    expect(cells(safe.nodes)).toContain("'-Ana Lind");
  });
});
