// Reading statements out of the store as the queries' result objects (src/query/types.ts): a
// StatementRef with its speaker, about and targets named, in the same order an in-memory graph
// gives them, and node checks that fail with the in-memory queries' messages.
import type { Pool } from 'pg';
import { QueryError } from '../../errors.ts';
import { claimLabel } from '../../model/build.ts';
import { actorKey, claimKey, docKey } from '../../model/keys.ts';
import type { NodeKind } from '../../model/kinds.ts';
import { show } from '../../model/validate.ts';
import { documentOrder, type Placed } from '../../query/order.ts';
import type { ActorRef, StatementRef } from '../../query/types.ts';
import { describeValue } from '../../query/validate.ts';
import { documentDate, UNDATED_KEY, type DocumentDate } from '../../time/index.ts';
import { contentOf, cueOf, evidenceOf, type StatementRow } from './records.ts';

/**
 * A statement with the names of its actors and its document's date, as one query returns it. Its
 * about and targets (links that identity did not make duplicates) come as one JSON list per row,
 * [kind, actor, label, idx] in list order, put in order by statementRef.
 */
export const REF_COLUMNS = `s.doc, s.id, s.ordinal, s.speaker, sa.label AS speaker_label, s.stance, s.cue_start, s.cue_end,
  s.cue_text, s.content_start, s.content_end, s.content_text, s.evidence_start, s.evidence_end, s.evidence_text,
  s.implicit, s.responds, s.cluster, d.date_key, d.published, d.outlet, d.outlet_actor,
  (SELECT json_agg(json_build_array(l.kind, l.actor, a.label, l.idx) ORDER BY l.kind, l.idx)
     FROM links l JOIN actors a ON a.id = l.actor WHERE l.doc = s.doc AND l.statement = s.id AND NOT l.dup) AS link_refs`;

/** FROM clause for REF_COLUMNS. */
export const REF_FROM = `statements s JOIN actors sa ON sa.id = s.speaker JOIN documents d ON d.id = s.doc`;

export interface RefRow extends Omit<
  StatementRow,
  'about' | 'targets' | 'clustered' | 'confidence' | 'rules' | 'note'
> {
  speaker_label: string;
  date_key: string;
  published: string | null;
  outlet: string | null;
  outlet_actor: string | null;
  /** [kind, actor, label, idx], about before targets, each in list order; null without links. */
  link_refs: ['about' | 'targets', string, string, number][] | null;
}

export const actorRef = (id: string, label: string): ActorRef => ({ key: actorKey(id), id, label });

/** A StatementRef with its document's date key, for sorting in document order. */
export type PlacedRef = StatementRef & { dateKey: string };

/**
 * About in list order; targets as the graph lists a claim's out-neighbours: an actor the claim is
 * also about where its about edge is (added first), the others after the about edges, in list order.
 */
function linkRefs(row: RefRow): { about: ActorRef[]; targets: ActorRef[] } {
  const links = row.link_refs ?? [];
  const aboutAt = new Map<string, number>();
  for (const [kind, id, , idx] of links) if (kind === 'about' && !aboutAt.has(id)) aboutAt.set(id, idx);
  const place = ([, id, , idx]: (typeof links)[number]) => aboutAt.get(id) ?? 1_000_000 + idx;
  return {
    about: links.filter(([kind]) => kind === 'about').map(([, id, label]) => actorRef(id, label)),
    targets: links
      .filter(([kind]) => kind === 'targets')
      .sort((a, b) => place(a) - place(b))
      .map(([, id, label]) => actorRef(id, label)),
  };
}

export function statementRef(row: RefRow): PlacedRef {
  const { about, targets } = linkRefs(row);
  return {
    claim: claimKey(row.doc, row.id),
    doc: row.doc,
    statement: row.id,
    speaker: actorRef(row.speaker, row.speaker_label),
    stance: row.stance,
    content: contentOf(row),
    cue: cueOf(row),
    evidence: evidenceOf(row),
    about,
    targets,
    responds: row.responds.map((id) => claimKey(row.doc, id)),
    implicit: row.implicit ?? false,
    dateKey: row.date_key,
  };
}

/** Drops the date the sorting needed: the result is a plain StatementRef. */
export function plain(ref: PlacedRef): StatementRef {
  const { dateKey: _dateKey, ...rest } = ref;
  return rest;
}

export const inDocumentOrder = <T extends Placed>(items: T[]): T[] => items.sort(documentOrder());

export async function statementRefs(pool: Pool, where: string, params: unknown[]): Promise<PlacedRef[]> {
  const { rows } = await pool.query<RefRow>(`SELECT ${REF_COLUMNS} FROM ${REF_FROM} WHERE ${where}`, params);
  return rows.map(statementRef);
}

/** `claim:d1/s3` → ['d1', 's3'] (a corpus statement id holds no '/'), or undefined. */
export function claimParts(key: string): [string, string] | undefined {
  if (!key.startsWith('claim:')) return undefined;
  const slash = key.lastIndexOf('/');
  return slash > 'claim:'.length ? [key.slice('claim:'.length, slash), key.slice(slash + 1)] : undefined;
}

/** The kind and label of a node key, or undefined when the store has no such node. */
export async function nodeOf(pool: Pool, key: string): Promise<{ kind: NodeKind; label: string } | undefined> {
  return (await nodesOf(pool, [key])).get(key);
}

/** The kind and label of each node key the store holds, in one query (keys it lacks are left out). */
export async function nodesOf(
  pool: Pool,
  keys: readonly string[],
): Promise<Map<string, { kind: NodeKind; label: string }>> {
  const actors = keys.filter((k) => k.startsWith('actor:')).map((k) => k.slice('actor:'.length));
  const docs = keys.filter((k) => k.startsWith('doc:')).map((k) => k.slice('doc:'.length));
  const claims = keys.map(claimParts).filter((p): p is [string, string] => p !== undefined);
  const found = new Map<string, { kind: NodeKind; label: string }>();
  if (!actors.length && !docs.length && !claims.length) return found;
  const { rows } = await pool.query<{ key: string; kind: NodeKind; label: string }>({
    name: 'cg-nodes',
    text: `SELECT 'actor:' || id AS key, 'actor' AS kind, label FROM actors WHERE id = ANY($1::text[])
     UNION ALL
     SELECT 'doc:' || id, 'document', COALESCE(title, id) FROM documents WHERE id = ANY($2::text[])
     UNION ALL
     SELECT 'claim:' || s.doc || '/' || s.id, 'claim', s.content_text
       FROM unnest($3::text[], $4::text[]) AS p(doc, id) JOIN statements s ON s.doc = p.doc AND s.id = p.id`,
    values: [actors, docs, claims.map((c) => c[0]), claims.map((c) => c[1])],
  });
  for (const row of rows)
    found.set(row.key, { kind: row.kind, label: row.kind === 'claim' ? claimLabel(row.label) : row.label });
  return found;
}

/** The store's assertNode: `key` names a node of the kind, else the in-memory query's QueryError. */
export async function assertNodeIn(pool: Pool, module: string, key: unknown, kind: NodeKind): Promise<string> {
  if (typeof key !== 'string') throw new QueryError(module, `expected a node key, got ${describeValue(key)}`, key);
  const found = await nodeOf(pool, key);
  if (!found) throw new QueryError(module, `unknown node ${show(key)}`, key);
  if (found.kind !== kind)
    throw new QueryError(
      module,
      `expected ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} node, got ${found.kind} ${show(key)}`,
      key,
    );
  return key;
}

export { docKey };

/** The document's date as documentDate reads it; from the text when neither field gave one (its key says which day). */
export function dateOf(row: {
  published: string | null;
  dateline: string | null;
  date_key: string;
}): DocumentDate | undefined {
  const fields = documentDate({ published: row.published ?? undefined, dateline: row.dateline ?? undefined });
  if (fields) return fields;
  if (row.date_key === UNDATED_KEY) return undefined;
  const time = row.date_key.length > 10 ? Number(row.date_key.slice(11)) - 1e15 : undefined;
  return { day: row.date_key.slice(0, 10), ...(time !== undefined ? { time } : {}), from: 'text' };
}
