// Order keys: byte strings whose byte-wise order (PostgreSQL's bytea comparison) is the order
// JavaScript gives the strings they encode (UTF-16 code units, a prefix first), so that SQL sorts
// documents, statements and actors exactly as the in-memory graph does, whatever the text's
// language or the database's collation. Each string becomes its code units, two bytes each, with
// 0x00 written 0x00 0xff and the end 0x00 0x01; numbers are four big-endian bytes. Keys are
// handled as lower-case hex in JavaScript (hex strings sort as their bytes).
import { UNDATED_KEY } from '../time/index.ts';

/** The key of a sequence of strings and whole numbers (0 ≤ n < 2³²). */
export function orderKey(...parts: readonly (string | number)[]): string {
  let hex = '';
  for (const part of parts) {
    if (typeof part === 'number') {
      hex += part.toString(16).padStart(8, '0');
      continue;
    }
    for (let i = 0; i < part.length; i++) {
      const unit = part.charCodeAt(i);
      const high = unit >> 8;
      const low = unit & 0xff;
      hex += high === 0 ? '00ff' : high.toString(16).padStart(2, '0');
      hex += low === 0 ? '00ff' : low.toString(16).padStart(2, '0');
    }
    hex += '0001';
  }
  return hex;
}

/** Two hex keys in their order (the order of their bytes, and of the strings they encode). */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A hex key as the bytea literal PostgreSQL reads. */
export const bytea = (hex: string): Buffer => Buffer.from(hex, 'hex');

/** A document's place in document order: publication date key, then id. */
export const documentOrderKey = (dateKey: string, id: string): string => orderKey(dateKey, id);

/**
 * A range of publication dates (`from` and `to` inclusive, YYYY-MM-DD; either may be missing) as
 * bounds on order keys: a document is in the range when its key, and so each of its statements'
 * (statements.pos, links.pos), is at least the first bound and below the second. A date key is in
 * the range when `from` ≤ it < `to` + 'z' (a day's keys with a time of day included); the keys
 * encode strings in their order, so the bounds are those strings' keys without their end mark.
 */
export function dateRangeKeys(from?: string, to?: string): [Buffer | null, Buffer | null] {
  const open = (text: string) => bytea(orderKey(text).slice(0, -'0001'.length));
  return [from === undefined ? null : open(from), to === undefined ? null : open(`${to}z`)];
}

/**
 * dateRangeKeys for a selection by date, which leaves undated documents out once either bound is
 * given: with `from` alone the range ends before the undated documents' keys (UNDATED_KEY's).
 */
export function datedRangeKeys(from?: string, to?: string): [Buffer | null, Buffer | null] {
  const [low, high] = dateRangeKeys(from, to);
  return [low, high ?? (from === undefined ? null : bytea(orderKey(UNDATED_KEY).slice(0, -'0001'.length)))];
}

/** The n-th item (statement, actor, name) of a document, after the document's key. */
export const itemKey = (documentKey: string, ...indices: number[]): string =>
  documentKey + indices.map((i) => i.toString(16).padStart(8, '0')).join('');

/** An extracted actor's place (its first mention's key), and an outlet's actor's, after every extracted one. */
export const extractedActorKey = (mentionKey: string): string => `00${mentionKey}`;
export const outletActorKey = (documentKey: string): string => `01${documentKey}`;
