// Comparing publication dates: by day, then, when both give a time of day, by time. Undated
// sorts last. `dateKey` turns a date into a string that sorts the same way, for code that
// keys or caches by date.
import type { CalendarDate } from './parseDate.ts';

/** Sorts after every date key. */
export const UNDATED_KEY = '\uffff';

export function compareDates(a: CalendarDate | undefined, b: CalendarDate | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.time === undefined || b.time === undefined) return 0;
  return a.time - b.time;
}

/** Strictly earlier: an earlier day, or the same day at an earlier written time. */
export function isBefore(a: CalendarDate | undefined, b: CalendarDate | undefined): boolean {
  return a !== undefined && b !== undefined && compareDates(a, b) < 0;
}

// Times before 1970 are negative: shifted so that every key's time part is positive.
const TIME_SHIFT = 1e15;

/** `YYYY-MM-DD`, then the time (zero-padded milliseconds) when known; undated: UNDATED_KEY. */
export function dateKey(date: CalendarDate | undefined): string {
  if (date === undefined) return UNDATED_KEY;
  return date.time === undefined ? date.day : `${date.day} ${String(date.time + TIME_SHIFT).padStart(16, '0')}`;
}
