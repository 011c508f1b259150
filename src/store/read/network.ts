// The actor network (src/corpus/queries/actorNetwork.ts) on the store, counted in SQL: the
// statements of the selection (a date range read from the statements' order keys) are put in
// document order, each statement's counterparts are found by the rules of counterparts.ts (the
// same table, each candidate list written in SQL below), and the edges come back grouped, one row
// per stance, speaker and counterpart with its count, claims and documents, in the order the
// in-memory count gives them. Only the edges travel, not the statements behind them.
import type { Pool } from 'pg';
import {
  COUNTERPART_RULES,
  actorLinkKey,
  networkOf,
  networkSelection,
  type ActorNetwork,
  type ActorNetworkOptions,
  type CandidateList,
  type LinkTally,
} from '../../corpus/queries/index.ts';
import { claimKey } from '../../model/keys.ts';
import type { ActorKind } from '../../model/kinds.ts';
import { datedRangeKeys } from '../order.ts';
import { actorRef } from './refs.ts';

/**
 * Each candidate list as SQL over the statements `o` (doc, id, speaker, responds, seq) and their
 * links `lk` (seq, kind, idx, actor, about: the place of the statement's about link to the same
 * actor): the actors in it and their places, in the order of the in-memory rows (refs.ts
 * linkRefs): about and answered in list order; targets where an about link to the same actor is,
 * the others after, in list order.
 */
const LIST_SQL: Record<CandidateList, string> = {
  targets: `SELECT seq, actor, coalesce(about, 2147483648 + idx) FROM lk WHERE kind = 'targets'`,
  about: `SELECT seq, actor, idx FROM lk WHERE kind = 'about'`,
  answered: `SELECT o.seq, r.speaker, a.n FROM o CROSS JOIN LATERAL unnest(o.responds) WITH ORDINALITY AS a(id, n)
               JOIN o r ON r.doc = o.doc AND r.id = a.id`,
};

/** The rules (counterparts.ts) as rows: each stance's lists, with their rank in its rule. */
const RULE_ROWS = COUNTERPART_RULES.flatMap((rule) =>
  rule.find.map((list, rank) => ({ stance: rule.stance, rank, list })),
);

/**
 * $1, $2: the range's bounds on statement keys; $3: the documents; $4: the stances counted; $5:
 * the fewest statements an edge keeps; $6–$8: the rules' rows. The statements of other stances
 * are read too (a denial's counterpart is the speaker of what it answers, whatever its stance).
 * Document order: the document's key (the statement key without its last four bytes, the
 * statement's place in the file), then the spans, then the id (query/order.ts documentOrder;
 * the store's ids are `s1`, `s2`, … (corpusStatementId), whose bytes sort as JavaScript sorts them).
 */
const NETWORK_SQL = `
WITH o AS MATERIALIZED (
  SELECT s.doc, s.id, s.speaker, s.stance, s.responds, s.stance = ANY($4::text[]) AS counted,
         row_number() OVER (ORDER BY substring(s.pos FROM 1 FOR length(s.pos) - 4), s.evidence_start,
                            coalesce(s.cue_start, s.content_start), s.content_start, s.id) AS seq
    FROM statements s
   WHERE ($1::bytea IS NULL OR s.pos >= $1) AND ($2::bytea IS NULL OR s.pos < $2)
     AND ($3::text[] IS NULL OR s.doc = ANY($3::text[]))
),
lk AS (
  SELECT o.seq, l.kind, l.idx::bigint AS idx, l.actor,
         min(l.idx) FILTER (WHERE l.kind = 'about') OVER (PARTITION BY o.seq, l.actor) AS about
    FROM o JOIN links l ON l.doc = o.doc AND l.statement = o.id AND NOT l.dup
   WHERE o.counted
),
lists AS (${(Object.keys(LIST_SQL) as CandidateList[])
  .map((list) => `SELECT '${list}' AS list, x.* FROM (${LIST_SQL[list]}) AS x(seq, actor, place)`)
  .join('\n UNION ALL ')}),
-- each statement's candidates, by its rule's lists, without the speaker
c AS (
  SELECT x.seq, r.rank, x.actor, x.place
    FROM lists x JOIN o ON o.seq = x.seq
    JOIN unnest($6::text[], $7::int[], $8::text[]) AS r(stance, rank, list) ON r.stance = o.stance AND r.list = x.list
   WHERE o.counted AND x.actor <> o.speaker
),
-- the rule's first list with anyone in it; each actor once, at its first place
ends AS (
  SELECT seq, actor, row_number() OVER (PARTITION BY seq ORDER BY min(place)) AS k
    FROM (SELECT c.*, rank = min(rank) OVER (PARTITION BY seq) AS first FROM c) f
   WHERE first
   GROUP BY seq, actor
),
edges AS (
  SELECT o.stance, o.speaker, e.actor AS other, count(*)::int AS statements, count(DISTINCT o.doc)::int AS documents,
         array_agg(o.doc ORDER BY o.seq) AS docs, array_agg(o.id ORDER BY o.seq) AS ids, min(ARRAY[o.seq, e.k]) AS first
    FROM ends e JOIN o ON o.seq = e.seq
   GROUP BY o.stance, o.speaker, e.actor
  HAVING count(*) >= $5
)
SELECT stance, speaker, other, statements, documents, docs, ids FROM edges ORDER BY first`;

interface LinkRow {
  stance: LinkTally['stance'];
  speaker: string;
  other: string;
  statements: number;
  documents: number;
  docs: string[];
  ids: string[];
}

export async function actorNetwork(pool: Pool, options?: ActorNetworkOptions): Promise<ActorNetwork> {
  const { stances, from, to, docs, minStatements } = networkSelection(options);
  const [low, high] = datedRangeKeys(from, to);
  const { rows } = await pool.query<LinkRow>(NETWORK_SQL, [
    low,
    high,
    docs ?? null,
    stances,
    minStatements,
    RULE_ROWS.map((r) => r.stance),
    RULE_ROWS.map((r) => r.rank),
    RULE_ROWS.map((r) => r.list),
  ]);
  const ids = [...new Set(rows.flatMap((row) => [row.speaker, row.other]))];
  const { rows: named } = await pool.query<{ id: string; label: string; kind: ActorKind }>(
    'SELECT id, label, kind FROM actors WHERE id = ANY($1::text[])',
    [ids],
  );
  const actors = new Map(named.map((a) => [a.id, a]));
  const ref = (id: string) => actorRef(id, actors.get(id)?.label as string);
  const links: LinkTally[] = rows.map((row) => {
    const [from, to] = [ref(row.speaker), ref(row.other)];
    return {
      key: actorLinkKey(row.stance, from.key, to.key),
      stance: row.stance,
      from,
      to,
      statements: row.statements,
      claims: row.docs.map((doc, i) => claimKey(doc, row.ids[i] as string)),
      documents: row.documents,
    };
  });
  return networkOf(links, minStatements, (key) => {
    const actor = actors.get(key.slice('actor:'.length)) as { label: string; kind: ActorKind };
    return { label: actor.label, actorKind: actor.kind };
  });
}
