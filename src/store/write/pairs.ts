// The actor_pairs table (schema.ts): which actors statements name together. A statement names
// its speaker and the actors of its about and targets links; for each ordered pair of actors it
// names (an actor with itself included) it adds one to that pair's count. The writer counts the
// statements it adds, takes away those of the documents it removes, and, when identity moves an
// extracted id to another actor, takes away the statements naming that id before the move and
// counts them again after: so in every committed store the table is what counting all statements
// afresh gives (PAIRS_FROM_SCRATCH; tests/store/pairs.test.ts compares them).
import type { PoolClient } from 'pg';

/** The actors statements name (doc, id, actor): the speaker and every link's actor, each once. */
const NAMED_BY_KEYS = `named AS (
  SELECT s.doc, s.id, s.speaker AS actor FROM keyed k JOIN statements s ON s.doc = k.doc AND s.id = k.id
  UNION SELECT l.doc, l.statement, l.actor FROM keyed k JOIN links l ON l.doc = k.doc AND l.statement = k.id)`;
const NAMED_BY_ALL = `named AS (SELECT doc, id, speaker AS actor FROM statements UNION SELECT doc, statement, actor FROM links)`;

const pairsOf = (named: string) => `${named},
  counted AS (SELECT x.actor AS a, y.actor AS b, count(*)::int AS n
                FROM named x JOIN named y ON x.doc = y.doc AND x.id = y.id GROUP BY 1, 2)`;

/** The whole table counted from the statements: what the writer keeps it equal to (and the upgrade to schema 3 fills it with). */
export const PAIRS_FROM_SCRATCH = `WITH ${pairsOf(NAMED_BY_ALL)} SELECT a, b, n FROM counted`;

/**
 * Adds (`sign` 1) or takes away (−1) the pairs of the statements with the given keys, as their
 * rows stand now; pairs no statement names any more are deleted.
 */
export async function countPairs(
  client: PoolClient,
  keys: readonly (readonly [string, string])[],
  sign: 1 | -1,
): Promise<void> {
  if (!keys.length) return;
  const { rows } = await client.query<{ a: string; b: string }>(
    `WITH keyed AS (SELECT DISTINCT doc, id FROM unnest($1::text[], $2::text[]) AS k(doc, id)),
          ${pairsOf(NAMED_BY_KEYS)},
          up AS (INSERT INTO actor_pairs (a, b, n) SELECT a, b, n * $3 FROM counted ORDER BY a, b
                 ON CONFLICT (a, b) DO UPDATE SET n = actor_pairs.n + EXCLUDED.n RETURNING a, b, n)
     SELECT a, b FROM up WHERE n <= 0`,
    [keys.map((k) => k[0]), keys.map((k) => k[1]), sign],
  );
  if (rows.length)
    await client.query(
      `DELETE FROM actor_pairs p USING unnest($1::text[], $2::text[]) AS g(a, b) WHERE p.a = g.a AND p.b = g.b`,
      [rows.map((r) => r.a), rows.map((r) => r.b)],
    );
}

/** The keys of the statements naming any of the extracted ids (as speaker, about or targets). */
export async function statementsNaming(client: PoolClient, raws: readonly string[]): Promise<[string, string][]> {
  const { rows } = await client.query<{ doc: string; id: string }>(
    `SELECT doc, id FROM statements WHERE speaker_raw = ANY($1::text[])
     UNION SELECT doc, statement FROM links WHERE actor_raw = ANY($1::text[])`,
    [raws],
  );
  return rows.map((r) => [r.doc, r.id]);
}
