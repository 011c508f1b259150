// An actor's statements and triples a page at a time (page.ts): the statements are read in order
// of their order key (`pos`: the document's key, then the statement's place) straight from the
// indexes (statements by speaker and pos, links by actor and pos), a batch a round, so the first
// page costs a few index probes however many statements the actor has; each document's statements
// are then put in document order as the in-memory queries do.
import type { Pool } from 'pg';
import { QueryError } from '../../errors.ts';
import { actorKey, idOf } from '../../model/keys.ts';
import { TRIPLE_ROLES, type TripleRole } from '../../query/index.ts';
import type { StatementRef, Triple } from '../../query/types.ts';
import { booleanOption, choiceOption } from '../../query/validate.ts';
import { pageOf, pageOptions, type Page } from '../page.ts';
import { bytea } from '../order.ts';
import {
  assertNodeIn,
  inDocumentOrder,
  plain,
  REF_COLUMNS,
  REF_FROM,
  statementRef,
  type PlacedRef,
  type RefRow,
} from './refs.ts';
import { membersOf, tripleRows } from './statements.ts';

const Q = 'claimgraph/query';
/** The order key's last part: the statement's place in its document (order.ts itemKey). */
const ITEM_HEX = 8;

/**
 * How statements are picked: spoken by the scope's actors, about or targeting them, or all; for
 * triples, only the statements that have a subject (about or targets) and so give a triple, so
 * that a batch of statements is at least as many triples and the first page takes one round.
 */
type Part = 'spoken' | 'subject' | 'all' | 'spokenWithSubject' | 'allWithSubject';

const HAS_SUBJECT = `EXISTS (SELECT 1 FROM links l WHERE l.doc = s.doc AND l.statement = s.id AND NOT l.dup)`;

const PART_SQL: Record<Part, string> = {
  spoken: `SELECT x.doc, x.id, x.pos FROM unnest($1::text[]) AS m(a) CROSS JOIN LATERAL (
             SELECT doc, id, pos FROM statements WHERE speaker = m.a AND pos > $2 ORDER BY pos LIMIT $3) x`,
  spokenWithSubject: `SELECT x.doc, x.id, x.pos FROM unnest($1::text[]) AS m(a) CROSS JOIN LATERAL (
             SELECT doc, id, pos FROM statements s WHERE speaker = m.a AND pos > $2 AND ${HAS_SUBJECT}
              ORDER BY pos LIMIT $3) x`,
  subject: `SELECT x.doc, x.statement AS id, x.pos FROM unnest($1::text[]) AS m(a) CROSS JOIN LATERAL (
              SELECT doc, statement, pos FROM links WHERE actor = m.a AND NOT dup AND pos > $2 ORDER BY pos LIMIT $3) x`,
  // (the scope, unused, still typed: every part takes the same parameters)
  all: `SELECT doc, id, pos FROM statements WHERE pos > $2 AND $1::text[] IS NOT NULL ORDER BY pos LIMIT $3`,
  allWithSubject: `SELECT doc, id, pos FROM statements s WHERE pos > $2 AND $1::text[] IS NOT NULL AND ${HAS_SUBJECT}
                    ORDER BY pos LIMIT $3`,
};

/**
 * The statements the parts pick, a document at a time in document order, after the document whose
 * key is `after`. Each round reads the first `batch` of each part after the last position read;
 * the first `batch` of their union are then every picked statement up to the last of them.
 */
async function* documents(
  pool: Pool,
  parts: readonly Part[],
  scope: readonly string[],
  after: string,
  batch: number,
): AsyncGenerator<{ key: string; refs: PlacedRef[] }> {
  let from = after ? after + 'f'.repeat(ITEM_HEX) : '';
  let pending: { key: string; refs: PlacedRef[] } | undefined;
  for (;;) {
    const { rows } = await pool.query<RefRow & { pos: Buffer }>({
      name: `cg-page-${parts.join('-')}`,
      text: `WITH c AS (${parts.map((p) => `(${PART_SQL[p]})`).join(' UNION ')}),
            k AS (SELECT DISTINCT doc, id, pos FROM c ORDER BY pos LIMIT $3)
       SELECT ${REF_COLUMNS}, s.pos FROM ${REF_FROM} JOIN k ON k.doc = s.doc AND k.id = s.id ORDER BY s.pos`,
      values: [scope, bytea(from), batch],
    });
    for (const row of rows) {
      const pos = row.pos.toString('hex');
      const key = pos.slice(0, -ITEM_HEX);
      if (pending && pending.key !== key) yield { key: pending.key, refs: inDocumentOrder(pending.refs) };
      if (!pending || pending.key !== key) pending = { key, refs: [] };
      pending.refs.push(statementRef(row));
      from = pos;
    }
    if (rows.length < batch) break;
  }
  if (pending) yield { key: pending.key, refs: inDocumentOrder(pending.refs) };
}

/**
 * The actor check of a page, asked at once beside the page's first read, so that it costs no
 * round trip of its own (the first page's latency is one query's, not two). `checked` runs what
 * would fail after the check (option checks) with the check's error first, as when asked in turn;
 * `page` gives the page once the check has passed, else the check's error (the page read for a
 * key that is no actor is dropped).
 */
function actorCheck(pool: Pool, module: string, actor: unknown) {
  const check = assertNodeIn(pool, module, actor, 'actor');
  check.catch(() => undefined); // awaited below; not unhandled while the page is read
  return {
    async checked<T>(work: () => T): Promise<T> {
      try {
        return work();
      } catch (error) {
        await check;
        throw error;
      }
    },
    async page<T>(page: Promise<Page<T>>): Promise<Page<T>> {
      const [checked, read] = await Promise.allSettled([check, page]);
      if (checked.status === 'rejected') throw checked.reason;
      if (read.status === 'rejected') throw read.reason;
      return read.value;
    },
    /** The actor's id, once known to be an actor (for reads that need the check first). */
    id: async () => idOf(await check) as string,
    /** The actor's id at once if the key is an actor's key, else the check's error. */
    eager: async () =>
      typeof actor === 'string' && actor.startsWith(actorKey(''))
        ? (idOf(actor) as string)
        : (idOf(await check) as string),
  };
}

/** Rounds read a little more than a page, so that the page and a look at the next one take one. */
const batchFor = (limit: number) => Math.min(limit + 16, 2000);

export async function statementsByPage(pool: Pool, actor: string, options?: unknown): Promise<Page<StatementRef>> {
  const module = `${Q}/statementsBy`;
  const { limit, after, rest } = pageOptions(module, options, ['includeMembers']);
  const check = actorCheck(pool, module, actor);
  const members = await check.checked(() => booleanOption(module, rest, 'includeMembers', false));
  // an actor's members are read once it is known to be an actor; the actor alone, at once
  const scope = members ? await membersOf(pool, await check.id()) : [await check.eager()];
  return check.page(
    pageOf(
      (async function* () {
        for await (const doc of documents(pool, ['spoken'], scope, after, batchFor(limit)))
          yield { key: doc.key, items: doc.refs.map(plain) };
      })(),
      limit,
      after,
    ),
  );
}

export async function triplesPage(pool: Pool, actor?: string, options?: unknown): Promise<Page<Triple>> {
  const module = `${Q}/triples`;
  const { limit, after, rest } = pageOptions(module, options, ['role']);
  if (actor === undefined && rest.role !== undefined)
    throw new QueryError(module, `option role ${JSON.stringify(rest.role)} needs an actor`, rest.role);
  const check = actor === undefined ? undefined : actorCheck(pool, module, actor);
  const role = () => choiceOption(module, rest, 'role', TRIPLE_ROLES, 'either');
  const chosen: TripleRole = check ? await check.checked(role) : role();
  const id = check ? await check.eager() : undefined;
  const parts: Part[] =
    id === undefined
      ? ['allWithSubject']
      : chosen === 'speaker'
        ? ['spokenWithSubject']
        : chosen === 'subject'
          ? ['subject']
          : ['spokenWithSubject', 'subject'];
  const page = pageOf(
    (async function* () {
      for await (const doc of documents(pool, parts, id === undefined ? [] : [id], after, batchFor(limit)))
        yield { key: doc.key, items: tripleRows(doc.refs, id, chosen) };
    })(),
    limit,
    after,
  );
  return check ? check.page(page) : page;
}
