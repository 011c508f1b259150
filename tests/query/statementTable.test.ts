import { describe, expect, it } from 'vitest';
import { statementTable, statementsOf } from '../../src/query/index.ts';
import { aleppoGraph, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/statementTable';

describe('statementTable', () => {
  it('checks its arguments', () => {
    expect(queryErrorOf(() => statementTable({} as never))).toBe(`${M}: expected a graphology graph, got an object {}`);
    expect(queryErrorOf(() => statementTable(graph, { x: 1 } as never))).toBe(
      `${M}: unknown option "x" (it takes no options)`,
    );
  });

  it('gives one row per statement of Aleppo, in reading order, with speaker, stance, targets, about and date', () => {
    const rows = statementTable(graph);
    expect(rows.map((r) => r.statement)).toEqual(Array.from({ length: 17 }, (_, i) => `s${i + 1}`));
    const s9 = rows[8]!;
    expect([
      s9.speaker.label,
      s9.stance,
      s9.content,
      s9.targets.map((t) => t.label),
      s9.about.map((a) => a.label),
    ]).toEqual(['Sergey Lavrov', 'accuses', 'of backtracking', ['United States'], ['United States']]);
    expect(s9.date).toEqual({ day: '2016-12-07', from: 'published' });
    expect(s9.docTitle).toBe('aleppo-2016');
    expect(rows[11]!.responds).toEqual(['claim:aleppo-2016/s9']);
    expect(rows[3]!.responds).toEqual(['claim:aleppo-2016/s2', 'claim:aleppo-2016/s3']);
  });
});

describe('statementsOf', () => {
  it('gives the statements of the claims asked, each once, in document order', () => {
    const refs = statementsOf(graph, ['claim:aleppo-2016/s12', 'claim:aleppo-2016/s9', 'claim:aleppo-2016/s12']);
    expect(refs.map((r) => `${r.statement} ${r.speaker.label} ${r.stance} ${r.content.text}`)).toEqual([
      's9 Sergey Lavrov accuses of backtracking',
      's12 John Kerry denies the charge',
    ]);
  });
  it('refuses what is not a list of claims', () => {
    expect(queryErrorOf(() => statementsOf(graph, 'claim:aleppo-2016/s9' as never))).toBe(
      'claimgraph/query/statementsOf: expected a list of claim keys, got "claim:aleppo-2016/s9"',
    );
    expect(queryErrorOf(() => statementsOf(graph, ['actor:lavrov']))).toBe(
      'claimgraph/query/statementsOf: expected a claim node, got actor "actor:lavrov"',
    );
  });
});
