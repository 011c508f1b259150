// Export out of the store, streamed: the statements@1 of the whole corpus or of a selection (an
// actor's neighbourhood to some depth, a range of publication dates), read with cursors a
// thousand rows at a time, so that memory follows the chunk, not the store. The selection is
// made in SQL into a temporary table of statement keys; the documents, actors and statements it
// names are then read in corpus order (documents by publication, actors by first appearance,
// statements in reading order), which is the order an in-memory assembly writes.
import type { PoolClient } from 'pg';
import { QueryError } from '../../errors.ts';
import { STATEMENTS_FORMAT } from '../../model/index.ts';
import { dateRangeKeys } from '../order.ts';
import {
  ACTOR_COLUMNS,
  actorRecord,
  DOCUMENT_COLUMNS,
  documentRecord,
  STATEMENT_COLUMNS,
  statementRecord,
  type ActorRow,
  type DocumentRow,
  type StatementRow,
} from './records.ts';

const MODULE = 'claimgraph/store/export';
const CHUNK = 1000;
export const MAX_EXPORT_DEPTH = 6;

export interface Selection {
  /** An actor id: only the statements within `depth` steps of it (by it or about it, then their actors'). */
  actor?: string;
  depth?: number;
  /** Publication dates, inclusive, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** Only these statements (and what they name), as claim keys' parts: the viewer's response chains. */
  statements?: readonly { doc: string; id: string }[];
  /** At most this many statements (the first in corpus order). */
  limit?: number;
  /** Put the article texts in the documents (default true). */
  texts?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function checkSelection(selection: Selection): void {
  for (const field of ['from', 'to'] as const) {
    const value = selection[field];
    if (value !== undefined && !(DAY.test(value) && !Number.isNaN(Date.parse(value))))
      throw new QueryError(MODULE, `--${field}: expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`, value);
  }
  if (selection.statements !== undefined && selection.actor !== undefined)
    throw new QueryError(MODULE, 'a selection names either an actor or statements, not both', selection.actor);
  if (selection.depth !== undefined) {
    if (selection.actor === undefined) throw new QueryError(MODULE, '--depth needs --actor', selection.depth);
    if (!Number.isInteger(selection.depth) || selection.depth < 1 || selection.depth > MAX_EXPORT_DEPTH)
      throw new QueryError(
        MODULE,
        `--depth: expected a whole number from 1 to ${MAX_EXPORT_DEPTH}, got ${selection.depth}`,
        selection.depth,
      );
  }
}

/** Fills the temporary table `cg_selected(doc, id)` with the statements of the selection. */
export async function selectStatements(client: PoolClient, selection: Selection): Promise<void> {
  checkSelection(selection);
  // the selection's tables stay with the connection, emptied at each commit (made and dropped
  // each time, their catalog rows cost more than the selection of a neighbourhood)
  await client.query(
    `CREATE TEMP TABLE IF NOT EXISTS cg_selected (doc text COLLATE "C", id text COLLATE "C", PRIMARY KEY (doc, id))
       ON COMMIT DELETE ROWS;
     CREATE TEMP TABLE IF NOT EXISTS cg_reached (id text COLLATE "C" PRIMARY KEY) ON COMMIT DELETE ROWS`,
  );
  // the range as bounds on the statements' order keys ($1, $2): read from the indexes on pos
  const dated = `($1::bytea IS NULL OR s.pos >= $1) AND ($2::bytea IS NULL OR s.pos < $2)`;
  const range = dateRangeKeys(selection.from, selection.to);
  if (selection.statements !== undefined) {
    await client.query(
      `INSERT INTO cg_selected
       SELECT s.doc, s.id FROM statements s
         JOIN unnest($3::text[], $4::text[]) AS k(doc, id) ON k.doc = s.doc AND k.id = s.id
        WHERE ${dated} ON CONFLICT DO NOTHING`,
      [...range, selection.statements.map((s) => s.doc), selection.statements.map((s) => s.id)],
    );
  } else if (selection.actor === undefined) {
    await client.query(`INSERT INTO cg_selected SELECT s.doc, s.id FROM statements s WHERE ${dated}`, range);
  } else await reachFrom(client, selection, range);
  // (an actor's neighbourhood is selected with its limit already)
  if (selection.limit !== undefined && selection.actor === undefined)
    await client.query(
      `DELETE FROM cg_selected c WHERE (c.doc, c.id) NOT IN (
         SELECT s.doc, s.id FROM statements s JOIN cg_selected k ON k.doc = s.doc AND k.id = s.id ORDER BY s.pos LIMIT $1)`,
      [selection.limit],
    );
  // the reads of what the selection names join it to statements and links by their keys
  await client.query('ANALYZE cg_selected');
}

/**
 * With a limit, the selection reads either each reached actor's first statements from the indexes
 * ('actors': at most `limit` a part per actor) or the statements in corpus order until enough name
 * a reached actor ('order': the more of the corpus the reached actors are named in, the sooner).
 * It picks the way that reads fewer rows by the counts of actor_pairs (the statements naming each
 * reached actor); tests set `way` to try both on a small store.
 */
export const NEIGHBOURHOOD: { way?: 'actors' | 'order' } = {};

const SAMPLE = 256;

/** Which way reads fewer rows for the first `limit` statements naming a reached actor. */
async function cheaperWay(client: PoolClient, limit: number): Promise<'actors' | 'order'> {
  if (NEIGHBOURHOOD.way) return NEIGHBOURHOOD.way;
  // the counts of at most SAMPLE reached actors, scaled to all of them (thousands of lookups
  // around the busiest actors would cost more than the choice saves)
  const { rows } = await client.query<{ first: number; naming: number; total: number }>(
    `SELECT coalesce(sum(least(p.n, $1)), 0)::float8 * sampled.scale AS first,
            coalesce(sum(p.n), 0)::float8 * sampled.scale AS naming,
            (SELECT reltuples FROM pg_class WHERE oid = 'statements'::regclass)::float8 AS total
       FROM (SELECT (SELECT count(*) FROM cg_reached)::float8 / greatest(least((SELECT count(*) FROM cg_reached), $2), 1) AS scale) sampled
       CROSS JOIN (SELECT id FROM cg_reached LIMIT $2) r JOIN actor_pairs p ON p.a = r.id AND p.b = r.id
      GROUP BY sampled.scale`,
    [limit, SAMPLE],
  );
  const { first = 0, naming = 0, total = 0 } = rows[0] ?? {};
  // rows read: a reached actor's first statements as speaker and in links; statements in order
  // (each with its links looked up) until `limit` of them name one, if they spread evenly
  const corpus = Math.max(total, naming);
  const byActors = 2 * first;
  const inOrder = 3 * Math.min(corpus, (limit * corpus) / Math.max(naming, 1));
  return byActors <= inOrder ? 'actors' : 'order';
}

/**
 * The statements within `depth` steps of the actor: those naming (as speaker, about or targets)
 * an actor reached in depth − 1 steps, where a step goes from the actors reached to every actor
 * their statements name. Without a date range a step reads the actors named together that the
 * writer counted (actor_pairs), not the statements; within a range each part walks an index
 * (statements by speaker, links by actor) over the range only: the range is a range of order keys
 * (dateRangeKeys), the second column of those indexes. With a limit, only the first statements in corpus
 * order are read, each reached actor's first ones or the statements in corpus order until enough
 * name a reached actor, whichever reads fewer rows (cheaperWay).
 */
async function reachFrom(client: PoolClient, selection: Selection, range: unknown[]): Promise<void> {
  const dated = range.some((bound) => bound !== null);
  // the date filter on a statement or link row `row` (only with a range: $1, $2), on its order key:
  // with the actor, a range of the index by actor and order key
  const inRange = (row: string) =>
    dated ? `AND ($1::bytea IS NULL OR ${row}.pos >= $1) AND ($2::bytea IS NULL OR ${row}.pos < $2)` : '';
  const params = dated ? range : [];
  const at = dated ? 3 : 1;
  const depth = selection.depth ?? 1;
  let step = 1;
  if (!dated && depth > 1) {
    // the first step, from the one actor: its pairs by index
    await client.query(`INSERT INTO cg_reached SELECT $1 UNION SELECT p.b FROM actor_pairs p WHERE p.a = $1`, [
      selection.actor,
    ]);
    step++;
  } else await client.query(`INSERT INTO cg_reached VALUES ($1)`, [selection.actor]);
  for (; step < depth; step++) {
    // (a temporary table has no statistics until analysed: without them the planner guesses it large)
    await client.query('ANALYZE cg_reached');
    if (!dated) {
      // the actors named with a reached actor, counted by the writer (actor_pairs): index reads only
      await client.query(
        `INSERT INTO cg_reached SELECT DISTINCT p.b FROM cg_reached r JOIN actor_pairs p ON p.a = r.id ON CONFLICT DO NOTHING`,
      );
      continue;
    }
    // the actors named by statements naming a reached actor (a statement by one names it: no new speaker)
    await client.query(
      `INSERT INTO cg_reached
       SELECT s.speaker FROM cg_reached r JOIN links l ON l.actor = r.id AND NOT l.dup
         JOIN statements s ON s.doc = l.doc AND s.id = l.statement WHERE true ${inRange('l')}
       UNION SELECT o.actor FROM cg_reached r JOIN statements s ON s.speaker = r.id
         JOIN links o ON o.doc = s.doc AND o.statement = s.id AND NOT o.dup WHERE true ${inRange('s')}
       UNION SELECT o.actor FROM cg_reached r JOIN links l ON l.actor = r.id AND NOT l.dup
         JOIN links o ON o.doc = l.doc AND o.statement = l.statement AND NOT o.dup WHERE true ${inRange('l')}
       ON CONFLICT DO NOTHING`,
      params,
    );
  }
  await client.query('ANALYZE cg_reached');
  if (selection.limit === undefined)
    await client.query(
      `INSERT INTO cg_selected
       SELECT s.doc, s.id FROM cg_reached r JOIN statements s ON s.speaker = r.id WHERE true ${inRange('s')}
       UNION SELECT l.doc, l.statement FROM cg_reached r JOIN links l ON l.actor = r.id AND NOT l.dup WHERE true ${inRange('l')}
       ON CONFLICT DO NOTHING`,
      params,
    );
  else if ((await cheaperWay(client, selection.limit)) === 'actors')
    await client.query(
      `INSERT INTO cg_selected
       SELECT doc, id FROM (
         SELECT x.doc, x.id, x.pos FROM cg_reached r CROSS JOIN LATERAL (
           SELECT s.doc, s.id, s.pos FROM statements s WHERE s.speaker = r.id ${inRange('s')} ORDER BY s.pos LIMIT $${at}) x
         UNION SELECT x.doc, x.statement, x.pos FROM cg_reached r CROSS JOIN LATERAL (
           SELECT l.doc, l.statement, l.pos FROM links l WHERE l.actor = r.id AND NOT l.dup ${inRange('l')} ORDER BY l.pos LIMIT $${at}) x
       ) u ORDER BY pos LIMIT $${at}
       ON CONFLICT DO NOTHING`,
      [...params, selection.limit],
    );
  else
    await client.query(
      `INSERT INTO cg_selected
       SELECT s.doc, s.id FROM statements s
        WHERE (s.speaker IN (SELECT id FROM cg_reached)
           -- (OFFSET 0 keeps this a lookup of each statement's links: without it the planner may
           -- read every link of every reached actor into a hash first, all of a busy neighbourhood's)
           OR EXISTS (SELECT 1 FROM links l WHERE l.doc = s.doc AND l.statement = s.id AND NOT l.dup
                        AND l.actor IN (SELECT id FROM cg_reached) OFFSET 0)) ${inRange('s')}
        ORDER BY s.pos LIMIT $${at}
       ON CONFLICT DO NOTHING`,
      [...params, selection.limit],
    );
}

/** The selection's statements@1 as JSON text chunks (one object, pretty at the top level). */
export async function* exportStatements(client: PoolClient, selection: Selection = {}): AsyncGenerator<string> {
  const { default: Cursor } = await import('pg-cursor');
  // an export writes only its temporary tables and their statistics: its commit need not wait for the disk
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ; SET LOCAL synchronous_commit = off');
  let committed = false;
  try {
    await selectStatements(client, selection);
    const texts = selection.texts ?? true;
    // a limit of at most a chunk of statements is read at once: the cursor's round trips cost more
    const small = selection.limit !== undefined && selection.limit <= CHUNK;
    async function* rows<T>(sql: string): AsyncGenerator<T> {
      if (small) {
        yield* (await client.query(sql)).rows as T[];
        return;
      }
      const cursor = client.query(new Cursor<T>(sql));
      try {
        for (;;) {
          const chunk = await cursor.read(CHUNK);
          if (!chunk.length) break;
          yield* chunk;
        }
      } finally {
        await cursor.close();
      }
    }
    yield `{\n  "format": ${JSON.stringify(STATEMENTS_FORMAT)},\n  "documents": [`;
    let first = true;
    for await (const row of rows<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS}${texts ? ', d.text' : ''} FROM documents d
        WHERE d.id IN (SELECT doc FROM cg_selected) ORDER BY d.ord`,
    )) {
      yield `${first ? '\n' : ',\n'}    ${JSON.stringify(documentRecord(row))}`;
      first = false;
    }
    yield `\n  ],\n  "actors": [`;
    first = true;
    for await (const row of rows<ActorRow>(
      `WITH RECURSIVE named(id) AS (
         SELECT s.speaker FROM cg_selected c JOIN statements s ON s.doc = c.doc AND s.id = c.id
         UNION SELECT l.actor FROM cg_selected c JOIN links l ON l.doc = c.doc AND l.statement = c.id AND NOT l.dup
         UNION SELECT d.outlet_actor FROM documents d WHERE d.id IN (SELECT doc FROM cg_selected) AND d.outlet_actor IS NOT NULL
         UNION SELECT a.member_of FROM named n JOIN actors a ON a.id = n.id WHERE a.member_of IS NOT NULL)
       SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id IN (SELECT id FROM named) ORDER BY a.pos`,
    )) {
      yield `${first ? '\n' : ',\n'}    ${JSON.stringify(actorRecord(row))}`;
      first = false;
    }
    yield `\n  ],\n  "statements": [`;
    first = true;
    for await (const row of rows<StatementRow & { kept: string[] }>(
      `SELECT ${STATEMENT_COLUMNS},
              ARRAY(SELECT r FROM unnest(s.responds) WITH ORDINALITY AS a(r, i)
                     WHERE EXISTS (SELECT 1 FROM cg_selected k WHERE k.doc = s.doc AND k.id = a.r) ORDER BY a.i) AS kept
         FROM statements s JOIN cg_selected c ON c.doc = s.doc AND c.id = s.id ORDER BY s.pos`,
    )) {
      // answers to statements left out of the selection would point nowhere
      const record = statementRecord({ ...row, responds: row.kept });
      yield `${first ? '\n' : ',\n'}    ${JSON.stringify(record)}`;
      first = false;
    }
    yield `\n  ]\n}\n`;
    await client.query('COMMIT');
    committed = true;
  } finally {
    // after an error, or a reader that stopped early: the connection goes back to the pool with
    // no transaction open and its selection tables empty
    if (!committed) await client.query('ROLLBACK').catch(() => undefined);
  }
}
