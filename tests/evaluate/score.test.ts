// The TypeScript scorer applies the reference scorer's rules: hand-built gold and system
// sets with exact counts for each rule (speaker via memberOf, span F1, accuses by target,
// implicit gold, one-to-one matching).
import { describe, expect, it } from 'vitest';
import {
  mergeGold,
  normName,
  scoreStatements,
  spanF1,
  type ScoreInput,
  type ScoredStatement,
} from '../../src/evaluate/index.ts';

const st = (
  id: string,
  speaker: string,
  stance: string,
  start: number,
  end: number,
  extra: Partial<ScoredStatement> = {},
): ScoredStatement => ({
  id,
  doc: 'd',
  speaker,
  stance,
  content: { start, end },
  ...extra,
});

const gold: ScoreInput = {
  documents: [{ id: 'd' }],
  actors: [
    { id: 'us', label: 'United States', aliases: ['US', 'Washington'] },
    { id: 'kerry', label: 'John Kerry', aliases: ['Kerry'], memberOf: 'us' },
    { id: 'russia', label: 'Russia', aliases: ['Moscow'] },
  ],
  statements: [
    st('g1', 'kerry', 'asserts', 0, 100),
    st('g2', 'us', 'accuses', 200, 220, { targets: ['russia'] }),
    st('g3', 'russia', 'denies', 300, 310),
    st('g4', 'russia', 'asserts', 400, 450, { implicit: true }),
  ],
};

describe('scoreStatements', () => {
  it('argument validation: a system without statements is refused', () => {
    expect(() => scoreStatements(gold, {} as ScoreInput)).toThrow(
      'claimgraph/evaluate/score: system output lacks statements[] or actors[]',
    );
  });

  it('matches by speaker names (incl. memberOf), stance and span F1; accuses by target; implicit gold not missed', () => {
    const system: ScoreInput = {
      documents: [{ id: 'd' }],
      actors: [
        { id: 'a', label: 'United States', aliases: [] },
        { id: 'b', label: 'the Kremlin', aliases: ['Moscow'] },
      ],
      statements: [
        st('s1', 'a', 'asserts', 0, 90), // speaker is Kerry's memberOf: strict match
        st('s2', 'a', 'accuses', 500, 520, { targets: ['b'] }), // no overlap, but the target meets Russia
        st('s3', 'b', 'asserts', 300, 310), // wrong stance: attributed only
        st('s4', 'b', 'asserts', 900, 950), // extra
      ],
    };
    const report = scoreStatements(gold, system);
    expect(report.rows[0]?.strict).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(report.rows[0]?.attributed).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(report.rows[0]?.loose).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(report.details).toEqual([
      'd missed  g3 russia denies: ',
      'd extra   s3 b asserts: ',
      'd extra   s4 b asserts: ',
    ]);
  });

  it('spanF1 and name normalisation follow the reference scorer', () => {
    expect(spanF1({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(0.5);
    expect(spanF1({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
    expect(normName("The Kremlin's")).toBe('kremlin');
    expect(normName('U.S.')).toBe('u s');
  });

  it('mergeGold prefixes actor ids with the document id', () => {
    const merged = mergeGold([gold]);
    expect(merged.actors.map((a) => [a.id, a.memberOf])).toEqual([
      ['d/us', undefined],
      ['d/kerry', 'd/us'],
      ['d/russia', undefined],
    ]);
    expect(merged.statements[1]).toMatchObject({ speaker: 'd/us', targets: ['d/russia'] });
  });
});
