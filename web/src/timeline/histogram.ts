// Statements per publication day, for the timeline: counted over the rows that pass every
// filter but the date range (the range is what the timeline sets). Days are whole UTC days
// numbered from the epoch, so that a brush maps to days without time-zone surprises. Pure.
import type { StatementRow } from '../../../src/query/index.ts';
import type { RowTest } from '../filters/rowFilter.ts';

const DAY_MS = 86_400_000;

export const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
export const dayOfNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

export interface DayCounts {
  /** Day number → statements that day. */
  counts: Map<number, number>;
  /** The first and last day of the whole graph (not only the counted rows), or null when nothing is dated. */
  first: number | null;
  last: number | null;
  /** Statements counted, and those left out for having no date. */
  dated: number;
  undated: number;
}

export function dayCounts(rows: readonly StatementRow[], test: RowTest): DayCounts {
  const counts = new Map<number, number>();
  let first: number | null = null;
  let last: number | null = null;
  let dated = 0;
  let undated = 0;
  let lastDay = '';
  let lastNumber = 0;
  for (const row of rows) {
    const day = row.date?.day;
    if (day === undefined) {
      if (test(row)) undated++;
      continue;
    }
    // Rows come in document order, so runs of one day are common: parse a day once per run.
    if (day !== lastDay) [lastDay, lastNumber] = [day, dayNumber(day)];
    first = first === null ? lastNumber : Math.min(first, lastNumber);
    last = last === null ? lastNumber : Math.max(last, lastNumber);
    if (!test(row)) continue;
    dated++;
    counts.set(lastNumber, (counts.get(lastNumber) ?? 0) + 1);
  }
  return { counts, first, last, dated, undated };
}
