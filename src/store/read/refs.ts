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

/** A statement with the names of its actors and its document's date, as one query returns it. */
export const REF_COLUMNS = `s.doc, s.id, s.ordinal, s.speaker, sa.label AS speaker_label, s.stance, s.cue_start, s.cue_end,
  s.cue_text, s.content_start, s.content_end, s.content_text, s.evidence_start, s.evidence_end, s.evidence_text,
  s.implicit, s.responds, s.cluster, d.date_key, d.published, d.outlet, d.outlet_actor,
  ARRAY(SELECT json_build_array(l.actor, a.label) FROM links l JOIN actors a ON a.id = l.actor
         WHERE l.doc = s.doc AND l.statement = s.id AND l.kind = 'about' AND NOT l.dup ORDER BY l.idx) AS about_refs,
  ARRAY(SELECT json_build_array(l.actor, a.label) FROM links l JOIN actors a ON a.id = l.actor
         WHERE l.doc = s.doc AND l.statement = s.id AND l.kind = 'targets' AND NOT l.dup
         ORDER BY COALESCE((SELECT min(b.idx) FROM links b WHERE b.doc = l.doc AND b.statement = l.statement
                              AND b.kind = 'about' AND NOT b.dup AND b.actor = l.actor), 1000000 + l.idx)) AS target_refs`;

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
  about_refs: [string, string][];
  target_refs: [string, string][];
}

export const actorRef = (id: string, label: string): ActorRef => ({ key: actorKey(id), id, label });

/** A StatementRef with its document's date key, for sorting in document order. */
export type PlacedRef = StatementRef & { dateKey: string };

export function statementRef(row: RefRow): PlacedRef {
  return {
    claim: claimKey(row.doc, row.id),
    doc: row.doc,
    statement: row.id,
    speaker: actorRef(row.speaker, row.speaker_label),
    stance: row.stance,
    content: contentOf(row),
    cue: cueOf(row),
    evidence: evidenceOf(row),
    about: row.about_refs.map(([id, label]) => actorRef(id, label)),
    targets: row.target_refs.map(([id, label]) => actorRef(id, label)),
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
  if (key.startsWith('actor:')) {
    const { rows } = await pool.query<{ label: string }>('SELECT label FROM actors WHERE id = $1', [key.slice(6)]);
    return rows[0] && { kind: 'actor', label: rows[0].label };
  }
  if (key.startsWith('doc:')) {
    const { rows } = await pool.query<{ label: string }>(
      'SELECT COALESCE(title, id) AS label FROM documents WHERE id = $1',
      [key.slice(4)],
    );
    return rows[0] && { kind: 'document', label: rows[0].label };
  }
  const parts = claimParts(key);
  if (!parts) return undefined;
  const { rows } = await pool.query<{ text: string }>(
    'SELECT content_text AS text FROM statements WHERE doc = $1 AND id = $2',
    parts,
  );
  return rows[0] && { kind: 'claim', label: claimLabel(rows[0].text) };
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
