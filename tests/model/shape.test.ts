// The exact shapes of statements@1 against its zod schema: what conforms is what zod's parse
// returns (the same values and key order), so a reader may skip zod's copy; and the files the
// readers project from a graph conform, so the fast path is the one taken.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDefaultStatements } from '../../src/io/defaultGraph.ts';
import { StatementsFileSchema, buildGraph, toStatements, type StatementsFile } from '../../src/model/index.ts';
import { STATEMENTS_SHAPES, isExactStatementsFile } from '../../src/model/statementsShape.ts';
import { statementsFile } from './arbitraries.ts';
import { mutations } from './mutations.ts';

const curated: StatementsFile = (await loadDefaultStatements())[0]!.data;

const fieldsOf = (of: { fields: ReadonlyMap<string, unknown> }): string[] => [...of.fields.keys()];

const variants: [string, () => unknown[]][] = [
  ['the file', () => mutations(curated as unknown as Record<string, unknown>, fieldsOf(STATEMENTS_SHAPES.file))],
  ...(['documents', 'actors', 'statements'] as const).map((list): [string, () => unknown[]] => [
    `a record of ${list}`,
    () => {
      const of = { documents: 'document', actors: 'actor', statements: 'statement' } as const;
      const records = curated[list] as unknown as Record<string, unknown>[];
      return mutations(records[0]!, fieldsOf(STATEMENTS_SHAPES[of[list]])).map((record) => ({
        ...curated,
        [list]: [record, ...records.slice(1)],
      }));
    },
  ]),
];

describe('isExactStatementsFile', () => {
  it('the curated statements and generated files conform, as projected from their graphs', () => {
    expect(isExactStatementsFile(curated)).toBe(true);
    fc.assert(
      fc.property(statementsFile({ hostile: true }), (data) => {
        expect(isExactStatementsFile(toStatements(buildGraph(data)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each(variants)('%s: what conforms is what zod returns, key order included', (_name, make) => {
    let refused = 0;
    for (const data of make()) {
      if (!isExactStatementsFile(data)) {
        refused++;
        continue;
      }
      const parsed = StatementsFileSchema.safeParse(data);
      expect(parsed.success).toBe(true);
      expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(data));
      expect(parsed.data).toStrictEqual(data);
    }
    expect(refused).toBeGreaterThan(0);
  });
});
