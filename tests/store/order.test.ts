// Order keys (src/store/order.ts): a range of publication dates as bounds on document and
// statement keys selects exactly the documents whose date key is in the range (from ≤ key <
// to + 'z'), whatever the key (a day, a day with a time, undated) and the document id.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytea, dateRangeKeys, datedRangeKeys, documentOrderKey, itemKey } from '../../src/store/order.ts';
import { dateKey, UNDATED_KEY } from '../../src/time/index.ts';

const day = fc
  .record({
    year: fc.integer({ min: 1990, max: 2040 }),
    month: fc.integer({ min: 1, max: 12 }),
    date: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, date }) => `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
const key = fc.oneof(
  day,
  fc.tuple(day, fc.integer({ min: 0, max: 86_399_999 })).map(([d, time]) => dateKey({ day: d, time })),
  fc.constant(UNDATED_KEY),
);

describe('dateRangeKeys', () => {
  it('bounds the keys of the documents (and their statements) whose date key is in the range', () => {
    fc.assert(
      fc.property(key, fc.string(), fc.nat(40), fc.option(day), fc.option(day), (date, id, item, from, to) => {
        const want = (from === null || date >= from) && (to === null || date < `${to}z`);
        const [low, high] = dateRangeKeys(from ?? undefined, to ?? undefined);
        for (const hex of [documentOrderKey(date, id), itemKey(documentOrderKey(date, id), item)]) {
          const k = bytea(hex);
          const got = (low === null || Buffer.compare(k, low) >= 0) && (high === null || Buffer.compare(k, high) < 0);
          expect(got).toBe(want);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a day with a time of day on the last day of the range, and leaves out the day after', () => {
    const [low, high] = dateRangeKeys('2026-03-01', '2026-03-31');
    const inside = (date: string) => {
      const k = bytea(documentOrderKey(date, 'doc'));
      return Buffer.compare(k, low as Buffer) >= 0 && Buffer.compare(k, high as Buffer) < 0;
    };
    expect(inside(dateKey({ day: '2026-03-31', time: 86_399_999 }))).toBe(true);
    expect(inside('2026-03-01')).toBe(true);
    expect(inside('2026-02-28')).toBe(false);
    expect(inside('2026-04-01')).toBe(false);
    expect(inside(UNDATED_KEY)).toBe(false);
  });
});

describe('datedRangeKeys', () => {
  it('bounds the same keys as dateRangeKeys, without the undated ones once a bound is given', () => {
    fc.assert(
      fc.property(key, fc.string(), fc.nat(40), fc.option(day), fc.option(day), (date, id, item, from, to) => {
        const bounded = from !== null || to !== null;
        const want =
          !(bounded && date === UNDATED_KEY) && (from === null || date >= from) && (to === null || date < `${to}z`);
        const [low, high] = datedRangeKeys(from ?? undefined, to ?? undefined);
        const k = bytea(itemKey(documentOrderKey(date, id), item));
        const got = (low === null || Buffer.compare(k, low) >= 0) && (high === null || Buffer.compare(k, high) < 0);
        expect(got).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
});
