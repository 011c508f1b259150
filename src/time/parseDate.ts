// parseDate: a publication date as people and feeds write it, read with chrono-node (strict
// mode: written dates only, never "yesterday" or a bare weekday): ISO 8601 (`2016-12-07`,
// `2016-12-07T23:30:00-05:00`), RFC 2822 feed dates (`Thu, 01 Dec 2016 10:00:00 +0000`,
// `Thu, 01 Dec 2016`), written dates (`Dec. 7, 2016`, `7 December 2016`, `Sept. 30, 2016`)
// and numeric ones (`12/07/2016`, month first as in English-language wires). A date counts
// only with its year, month and day all written: `Dec 7` alone has no year and is no date.
// The day is the calendar day as written (a feed's local day, not the UTC one), so that an
// evening report stays on the day its reader saw; `time` orders reports inside a day.
// Pure and browser-safe; results are memoised by text (dates repeat across a corpus).
import * as chrono from 'chrono-node';

export interface CalendarDate {
  /** The day as written, `YYYY-MM-DD`. */
  day: string;
  /** Milliseconds since the epoch, when a time of day was written (taken as UTC when no zone was). */
  time?: number;
}

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;
// A fixed reference: strict parsing never reads relative dates, and years are always
// required, so the reference only keeps chrono from reading the machine's clock.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const MEMO_LIMIT = 50_000;
const memo = new Map<string, CalendarDate | null>();

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** True when y-m-d is a real calendar day (no 31 April, no 29 February 2015). */
function realDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fromChrono(text: string): CalendarDate | null {
  for (const result of chrono.strict.parse(text, REFERENCE)) {
    const at = result.start;
    if (!at.isCertain('year') || !at.isCertain('month') || !at.isCertain('day')) continue;
    const [year, month, day] = [at.get('year'), at.get('month'), at.get('day')] as [number, number, number];
    if (!realDay(year, month, day)) continue;
    const date: CalendarDate = { day: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
    if (at.isCertain('hour')) {
      const offset = at.isCertain('timezoneOffset') ? (at.get('timezoneOffset') ?? 0) : 0;
      const local = Date.UTC(year, month - 1, day, at.get('hour') ?? 0, at.get('minute') ?? 0, at.get('second') ?? 0);
      date.time = local - offset * 60_000;
    }
    return date;
  }
  return null;
}

/** The first complete date written in `text`, or undefined when it holds none. */
export function parseDate(text: string): CalendarDate | undefined {
  const iso = ISO_DAY.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return realDay(year, month, day) ? { day: `${iso[1]}-${iso[2]}-${iso[3]}` } : undefined;
  }
  let found = memo.get(text);
  if (found === undefined) {
    found = fromChrono(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, found);
  }
  return found === null ? undefined : { ...found };
}
