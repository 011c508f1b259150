// Pages of a long answer (an actor's triples or statements through a store or the server): the
// figure a user waits for is the first page, however many statements the actor has. A page holds
// whole documents in document order, after the cursor, until it has at least `limit` items (or
// the answer ends); `next` is the cursor of the page after, absent on the last page. The cursor is
// the order key (order.ts) of the page's last document, so the next page is read by keyset from
// the indexes, and the in-memory source and the store cut the same pages.
import { QueryError } from '../errors.ts';
import { describeValue, readOptions } from '../query/validate.ts';

export interface PageOptions {
  /** At least this many items on the page (whole documents; default 100, at most 10,000). */
  limit?: number;
  /** The `next` of the page before. */
  after?: string;
}

export interface Page<T> {
  items: T[];
  /** The cursor of the next page; absent on the last one. */
  next?: string;
}

export const PAGE_DEFAULT = 100;
export const PAGE_MAX = 10_000;

/** The page options, checked with the queries' messages; `known` are the query's other options. */
export function pageOptions(
  module: string,
  options: unknown,
  known: readonly string[],
): { limit: number; after: string; rest: Record<string, unknown> } {
  const opts = readOptions(module, options, [...known, 'limit', 'after']);
  const { limit = PAGE_DEFAULT, after = '', ...rest } = opts;
  if (!(typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= PAGE_MAX))
    throw new QueryError(
      module,
      `option limit must be a whole number from 1 to ${PAGE_MAX}, got ${describeValue(limit)}`,
      limit,
    );
  if (!(typeof after === 'string' && /^(?:[0-9a-f]{2})*$/.test(after)))
    throw new QueryError(module, `option after must be the next cursor of a page, got ${describeValue(after)}`, after);
  return { limit, after, rest };
}

/** Cuts a page out of items grouped by document (in document order, keyed by the document's order key), read no further than the page needs. */
export async function pageOf<T>(
  groups: Iterable<{ key: string; items: T[] }> | AsyncIterable<{ key: string; items: T[] }>,
  limit: number,
  after: string,
): Promise<Page<T>> {
  const items: T[] = [];
  let last: string | undefined;
  for await (const group of groups) {
    if (!group.items.length || group.key <= after) continue;
    if (items.length >= limit) return { items, next: last as string };
    items.push(...group.items);
    last = group.key;
  }
  return { items };
}

/** A page of nodes (reach) ends at a node: the next page's cursor is that node's key, as hex. */
export const nodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('hex');

/** The node key a cursor of nodeCursor names. */
export function cursorNode(module: string, after: string): string {
  const key = Buffer.from(after, 'hex').toString('utf8');
  if (nodeCursor(key) !== after)
    throw new QueryError(module, `option after must be the next cursor of a page, got ${JSON.stringify(after)}`, after);
  return key;
}

/** A page of `limit` items after the item whose key is `after`'s (the whole answer at hand). */
export function pageAfter<T extends { key: string }>(
  module: string,
  items: readonly T[],
  limit: number,
  after: string,
): Page<T> {
  let from = 0;
  if (after) {
    const key = cursorNode(module, after);
    const at = items.findIndex((item) => item.key === key);
    if (at < 0) throw new QueryError(module, `option after: ${key} is not in this answer`, after);
    from = at + 1;
  }
  const page = items.slice(from, from + limit);
  return from + limit < items.length
    ? { items: page, next: nodeCursor(page[page.length - 1]?.key as string) }
    : { items: page };
}
