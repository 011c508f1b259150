// The actor network (src/corpus/queries/actorNetwork.ts) on the store: the statements of the
// date range read in SQL as statement-table rows, then counted by the same code as in memory
// (countActorLinks, counterparts, networkOf), so that both give the same network.
import type { Pool } from 'pg';
import { QueryError } from '../../errors.ts';
import {
  countActorLinks,
  networkOf,
  prepareActorLinks,
  rowFilter,
  type ActorNetwork,
  type ActorNetworkOptions,
} from '../../corpus/queries/index.ts';
import type { ActorKind } from '../../model/kinds.ts';
import type { StatementRow } from '../../query/index.ts';
import { documentOrder } from '../../query/order.ts';
import { parseDate } from '../../time/index.ts';
import { dateOf, REF_COLUMNS, REF_FROM, statementRef, type RefRow } from './refs.ts';

const MODULE = 'claimgraph/corpus/actorNetwork';

const day = (value: unknown): string | undefined => (typeof value === 'string' ? parseDate(value)?.day : undefined);

export async function actorNetwork(pool: Pool, options?: ActorNetworkOptions): Promise<ActorNetwork> {
  const include = rowFilter(options);
  const min = options?.minStatements ?? 1;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1)
    throw new QueryError(MODULE, `option minStatements: expected a whole number ≥ 1, got ${JSON.stringify(min)}`, min);
  // the range narrows what is read; rowFilter decides, as in memory
  const [from, to] = [day(options?.from), day(options?.to)];
  const { rows } = await pool.query<
    RefRow & { title: string | null; dateline: string | null; confidence: number | null }
  >(
    `SELECT ${REF_COLUMNS}, d.title, d.dateline, s.confidence FROM ${REF_FROM}
      WHERE ($1::text IS NULL OR d.date_key >= $1) AND ($2::text IS NULL OR d.date_key < $2 || 'z')
        AND ($3::text[] IS NULL OR s.doc = ANY($3::text[]))`,
    [from ?? null, to ?? null, options?.docs ?? null],
  );
  const table: (StatementRow & { placed: ReturnType<typeof statementRef> })[] = rows.map((row) => {
    const ref = statementRef(row);
    const r: StatementRow & { placed: typeof ref } = {
      claim: ref.claim,
      doc: ref.doc,
      statement: ref.statement,
      speaker: ref.speaker,
      stance: ref.stance,
      content: ref.content.text,
      targets: ref.targets,
      about: ref.about,
      responds: ref.responds,
      docTitle: row.title ?? row.doc,
      evidence: ref.evidence,
      cue: ref.cue,
      contentSpan: ref.content,
      dateKey: row.date_key,
      placed: ref,
    };
    const date = dateOf(row);
    if (date) r.date = date;
    if (row.confidence !== null) r.confidence = row.confidence;
    return r;
  });
  const order = documentOrder();
  table.sort((a, b) => order(a.placed, b.placed));
  const counted = countActorLinks(prepareActorLinks(table.map(({ placed: _placed, ...row }) => row)), include);
  const keys = [...counted.actors.keys()].map((key) => key.slice('actor:'.length));
  const { rows: actors } = await pool.query<{ id: string; label: string; kind: ActorKind }>(
    'SELECT id, label, kind FROM actors WHERE id = ANY($1::text[])',
    [keys],
  );
  const byKey = new Map(actors.map((a) => [`actor:${a.id}`, { label: a.label, actorKind: a.kind }]));
  return networkOf(counted, min, (key) => byKey.get(key) as { label: string; actorKind: ActorKind });
}
