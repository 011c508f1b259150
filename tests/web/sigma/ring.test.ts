// The actor ring: every label of a half on a line of its own.
import { describe, expect, it } from 'vitest';
import { ringPositions } from '../../../web/src/sigma/ring.ts';

describe('ringPositions', () => {
  it.each([1, 2, 7, 34, 50])('places %i nodes on the unit circle, the first half on the right', (count) => {
    const at = ringPositions(count);
    expect(at).toHaveLength(count);
    const right = Math.ceil(count / 2);
    at.forEach(({ x, y }, i) => {
      expect(Math.hypot(x, y)).toBeCloseTo(1, 9);
      if (count > 1) expect(i < right ? x > 0 : x < 0).toBe(true);
    });
  });

  // Regression: spread evenly by angle, the 200-article corpus's ring had four nameless
  // actors at its top, their labels on almost the same line.
  it.each([17, 34, 50])('keeps successive labels of a half at least 0.9 of an even line apart (%i nodes)', (count) => {
    const at = ringPositions(count);
    const right = Math.ceil(count / 2);
    for (const half of [at.slice(0, right), at.slice(right)]) {
      const even = 2 / half.length;
      for (let i = 1; i < half.length; i++)
        expect(Math.abs(half[i]!.y - half[i - 1]!.y)).toBeGreaterThanOrEqual(0.9 * even);
    }
  });

  it('goes clockwise: down the right side from the top, up the left side from the bottom', () => {
    const at = ringPositions(10);
    for (let i = 1; i < 5; i++) expect(at[i]!.y).toBeLessThan(at[i - 1]!.y);
    for (let i = 6; i < 10; i++) expect(at[i]!.y).toBeGreaterThan(at[i - 1]!.y);
  });
});
