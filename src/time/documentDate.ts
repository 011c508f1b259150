// documentDate: when a document was published, from what it says of itself, in order of
// trust: its `published` field, then a date in its `dateline` field, then the dateline
// that opens its text (`WASHINGTON, Dec. 7, 2016 (Reuters) — …`: the words before the first
// dash of the first line, so that a date inside the story is never taken for the story's).
import { parseDate, type CalendarDate } from './parseDate.ts';

export const DATE_SOURCES = ['published', 'dateline', 'text'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export interface DocumentDate extends CalendarDate {
  /** Which field the date was read from. */
  from: DateSource;
}

/** What documentDate reads: a document node or a statements@1 document record. */
export interface DatedDocument {
  published?: string | undefined;
  dateline?: string | undefined;
  text?: string | undefined;
}

/**
 * A text's opening dateline: a place in capitals (`NEW DELHI`) or capitalised words ending
 * in a comma (`Aleppo, Syria,`), then the words up to the first dash.
 */
const OPENING_DATELINE =
  /^\s*((?:\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\b|(?:\p{Lu}[\p{Ll}\p{M}.'’-]+ ?){1,3},)[\p{L}\p{M}\d .'’,()/-]{0,80}?)\s+(?:—|–|--|-)\s/u;

export function openingDateline(text: string): string | undefined {
  const firstLine = text.slice(0, 200).split('\n', 1)[0] ?? '';
  return OPENING_DATELINE.exec(firstLine)?.[1];
}

export function documentDate(doc: DatedDocument): DocumentDate | undefined {
  const published = doc.published === undefined ? undefined : parseDate(doc.published);
  if (published) return { ...published, from: 'published' };
  const dateline = doc.dateline === undefined ? undefined : parseDate(doc.dateline);
  if (dateline) return { ...dateline, from: 'dateline' };
  const opening = doc.text === undefined ? undefined : openingDateline(doc.text);
  const text = opening === undefined ? undefined : parseDate(opening);
  return text ? { ...text, from: 'text' } : undefined;
}
