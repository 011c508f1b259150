// parseDate and documentDate: each written form of a publication date, as a table of exact
// answers; what is not a complete date (no year, relative words, impossible days) is none.
import { describe, expect, it } from 'vitest';
import { compareDates, dateKey, documentDate, isBefore, openingDateline, parseDate } from '../../src/time/index.ts';

const DATES: [string, string, number | undefined][] = [
  ['2016-12-07', '2016-12-07', undefined],
  [' 2016-12-07 ', '2016-12-07', undefined],
  ['2016-12-07T23:30:00-05:00', '2016-12-07', Date.UTC(2016, 11, 8, 4, 30)],
  ['2016-12-07T10:00:00Z', '2016-12-07', Date.UTC(2016, 11, 7, 10)],
  ['Thu, 01 Dec 2016 10:00:00 +0000', '2016-12-01', Date.UTC(2016, 11, 1, 10)],
  ['Thu, 01 Dec 2016 10:00:00 +0200', '2016-12-01', Date.UTC(2016, 11, 1, 8)],
  ['Wed, 07 Dec 2016 23:59:59 GMT', '2016-12-07', Date.UTC(2016, 11, 7, 23, 59, 59)],
  ['Thu, 01 Dec 2016', '2016-12-01', undefined],
  ['Dec. 7, 2016', '2016-12-07', undefined],
  ['December 7, 2016', '2016-12-07', undefined],
  ['7 December 2016', '2016-12-07', undefined],
  ['Sept. 30, 2016', '2016-09-30', undefined],
  ['12/07/2016', '2016-12-07', undefined],
  ['Posted on Dec. 7, 2016 by the desk', '2016-12-07', undefined],
  ['29 February 2016', '2016-02-29', undefined],
];

const NOT_DATES = [
  '',
  'NEW DELHI',
  'Dec 7',
  'Thursday',
  'tomorrow',
  'yesterday',
  '2016',
  '2016-13-45',
  '2015-02-29',
  'soon',
];

describe('parseDate', () => {
  it.each(DATES)('%j is day %s', (text, day, time) => {
    const parsed = parseDate(text);
    expect(parsed?.day).toBe(day);
    expect(parsed?.time).toBe(time);
  });

  it.each(NOT_DATES)('%j is no date', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('gives the same answer twice (memoised results are not shared objects)', () => {
    const first = parseDate('Thu, 01 Dec 2016')!;
    first.day = 'changed';
    expect(parseDate('Thu, 01 Dec 2016')?.day).toBe('2016-12-01');
  });
});

describe('documentDate', () => {
  const text = (opening: string) => `${opening} The ministry said the talks had failed on Nov. 3, 2015.`;
  const CASES: [string, Parameters<typeof documentDate>[0], string | undefined, string | undefined][] = [
    ['published first', { published: 'Thu, 01 Dec 2016', dateline: 'Dec. 9, 2016' }, '2016-12-01', 'published'],
    [
      'unreadable published: the dateline',
      { published: 'soon', dateline: 'LONDON, Dec. 9, 2016' },
      '2016-12-09',
      'dateline',
    ],
    ['a dateline opening the text', { text: text('WASHINGTON, Dec. 7, 2016 (Reuters) -') }, '2016-12-07', 'text'],
    ['an em dash dateline', { text: text('ALEPPO, Syria, 7 December 2016 —') }, '2016-12-07', 'text'],
    ['a dateline without a year is no date', { text: text('NEW DELHI, Dec 7 (Reuters) -') }, undefined, undefined],
    ['a date inside the story is not the dateline', { text: text('The talks failed.') }, undefined, undefined],
    ['nothing dated', { dateline: 'NEW DELHI' }, undefined, undefined],
  ];
  it.each(CASES)('%s', (_name, doc, day, from) => {
    const date = documentDate(doc);
    expect(date?.day).toBe(day);
    expect(date?.from).toBe(from);
  });

  it('reads an opening dateline up to its dash only', () => {
    expect(openingDateline('MOSCOW, Dec. 7, 2016 (AP) — Russia said.')).toBe('MOSCOW, Dec. 7, 2016 (AP)');
    expect(openingDateline('Russia said on Dec. 7, 2016 that - it left.')).toBeUndefined();
    expect(openingDateline('Aleppo, Syria, Dec. 7, 2016 - Rebels said.')).toBe('Aleppo, Syria, Dec. 7, 2016');
    expect(openingDateline('NEW DELHI (Reuters) - India said.')).toBe('NEW DELHI (Reuters)');
  });
});

describe('comparing dates', () => {
  const day = (d: string, time?: number) => ({ day: d, ...(time === undefined ? {} : { time }) });
  it('orders by day, then by time when both have one; undated last', () => {
    const dates = [undefined, day('2016-12-02'), day('2016-12-01', 5), day('2016-12-01', 2), day('2015-01-01')];
    expect([...dates].sort(compareDates)).toEqual([
      day('2015-01-01'),
      day('2016-12-01', 2),
      day('2016-12-01', 5),
      day('2016-12-02'),
      undefined,
    ]);
  });
  it('isBefore is strict and needs both dates', () => {
    expect(isBefore(day('2016-12-01'), day('2016-12-02'))).toBe(true);
    expect(isBefore(day('2016-12-01'), day('2016-12-01'))).toBe(false);
    expect(isBefore(day('2016-12-01', 1), day('2016-12-01', 2))).toBe(true);
    expect(isBefore(day('2016-12-01', 1), day('2016-12-01'))).toBe(false);
    expect(isBefore(undefined, day('2016-12-01'))).toBe(false);
  });
  it('dateKey sorts as compareDates does, times before 1970 included', () => {
    const dates = [day('1969-12-31', -1000), day('1969-12-31', -5), day('2016-12-01'), day('2016-12-01', 7), undefined];
    const keys = dates.map(dateKey);
    expect([...keys].sort()).toEqual(keys);
  });
});
