// The reliability table on hand-built outcomes: band assignment at the bounds, precision of
// content and of attribution, ignored statements left out, statements without confidence apart.
import { describe, expect, it } from 'vitest';
import { formatReliability, reliabilityTable, type Outcome } from '../../src/evaluate/index.ts';

describe('reliabilityTable', () => {
  const statements = [
    { id: 'a', confidence: 0.95 },
    { id: 'b', confidence: 0.91 },
    { id: 'c', confidence: 0.9 },
    { id: 'd', confidence: 0.4 },
    { id: 'e', confidence: 0.97 },
    { id: 'f' },
  ];
  const outcomes = new Map<string, Outcome>([
    ['a', 'right'],
    ['b', 'wrong-speaker'],
    ['c', 'right'],
    ['d', 'spurious'],
    ['e', 'ignored'],
    ['f', 'right'],
  ]);

  it('puts each statement in the first band it exceeds and counts content and attributed matches', () => {
    const rows = reliabilityTable(statements, outcomes, [0.9, 0.5, 0]);
    expect(rows.map((r) => [r.band, r.statements, r.content, r.attributed])).toEqual([
      ['> 0.9', 2, 2, 1],
      ['> 0.5', 1, 1, 1],
      ['≤ 0.5', 1, 0, 0],
      ['none', 1, 1, 1],
    ]);
    expect(rows[0]?.contentPrecision).toBe(1);
    expect(rows[0]?.attributedPrecision).toBe(0.5);
  });

  it('leaves a band without statements without precision, and prints a markdown table', () => {
    const rows = reliabilityTable([{ id: 'd', confidence: 0.4 }], outcomes, [0.9, 0]);
    expect(rows[0]?.attributedPrecision).toBeNull();
    expect(formatReliability(rows).split('\n')).toEqual([
      '| confidence | statements | content precision | attributed precision |',
      '| --- | ---: | ---: | ---: |',
      '| > 0.9 | 0 | — | — |',
      '| ≤ 0.9 | 1 | 0.00 | 0.00 |',
    ]);
  });
});
