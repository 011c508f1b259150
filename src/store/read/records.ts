// Store rows as statements@1 records: the SQL that reads a statement with its about and targets
// (links that identity did not make duplicates) and whether its cluster has other members, and
// the functions that turn rows into records. Statement ids come out qualified with their
// document (`d1/s3`), as a corpus assembled in memory writes them.
import type { ActorRecord, DocumentRecord, Span, StatementRecord, Stance } from '../../model/index.ts';

/** The columns of a statement row, for `FROM statements s`. */
export const STATEMENT_COLUMNS = `s.doc, s.id, s.ordinal, s.speaker, s.stance, s.cue_start, s.cue_end, s.cue_text,
  s.content_start, s.content_end, s.content_text, s.evidence_start, s.evidence_end, s.evidence_text, s.implicit,
  s.confidence, s.rules, s.note, s.responds, s.cluster,
  ARRAY(SELECT l.actor FROM links l WHERE l.doc = s.doc AND l.statement = s.id AND l.kind = 'about' AND NOT l.dup
        ORDER BY l.idx) AS about,
  ARRAY(SELECT l.actor FROM links l WHERE l.doc = s.doc AND l.statement = s.id AND l.kind = 'targets' AND NOT l.dup
        ORDER BY l.idx) AS targets,
  EXISTS (SELECT 1 FROM statements c WHERE c.cluster = s.cluster AND (c.doc <> s.doc OR c.id <> s.id)) AS clustered`;

export interface StatementRow {
  doc: string;
  id: string;
  ordinal: number;
  speaker: string;
  stance: Stance;
  cue_start: number | null;
  cue_end: number | null;
  cue_text: string | null;
  content_start: number;
  content_end: number;
  content_text: string;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  implicit: boolean | null;
  confidence: number | null;
  rules: string[] | null;
  note: string | null;
  responds: string[];
  cluster: string;
  about: string[];
  targets: string[];
  clustered: boolean;
}

/** The span columns of a statement row. */
export type SpanColumns = Pick<
  StatementRow,
  | 'cue_start'
  | 'cue_end'
  | 'cue_text'
  | 'content_start'
  | 'content_end'
  | 'content_text'
  | 'evidence_start'
  | 'evidence_end'
  | 'evidence_text'
>;

export const cueOf = (row: SpanColumns): Span | null =>
  row.cue_start === null ? null : { start: row.cue_start, end: row.cue_end as number, text: row.cue_text as string };
export const contentOf = (row: SpanColumns): Span => ({
  start: row.content_start,
  end: row.content_end,
  text: row.content_text,
});
export const evidenceOf = (row: SpanColumns): Span => ({
  start: row.evidence_start,
  end: row.evidence_end,
  text: row.evidence_text,
});

export function statementRecord(row: StatementRow): StatementRecord {
  const record: StatementRecord = {
    id: `${row.doc}/${row.id}`,
    doc: row.doc,
    speaker: row.speaker,
    stance: row.stance,
    cue: cueOf(row),
    content: contentOf(row),
    evidence: evidenceOf(row),
    targets: row.targets,
    about: row.about,
    responds: row.responds.map((id) => `${row.doc}/${id}`),
  };
  if (row.implicit !== null) record.implicit = row.implicit;
  if (row.clustered) record.cluster = row.cluster;
  if (row.confidence !== null) record.confidence = row.confidence;
  if (row.rules !== null) record.rules = row.rules;
  if (row.note !== null) record.note = row.note;
  return record;
}

export const DOCUMENT_COLUMNS = `d.id, d.title, d.dateline, d.published, d.url, d.file, d.outlet, d.outlet_actor, d.hash,
  d.note, d.date_key`;

export interface DocumentRow {
  id: string;
  title: string | null;
  dateline: string | null;
  published: string | null;
  url: string | null;
  file: string | null;
  outlet: string | null;
  outlet_actor: string | null;
  hash: string;
  note: string | null;
  date_key: string;
  text?: string | null;
}

export function documentRecord(row: DocumentRow): DocumentRecord {
  const record: DocumentRecord = { id: row.id };
  const fields = [
    ['file', row.file],
    ['title', row.title],
    ['dateline', row.dateline],
    ['published', row.published],
    ['url', row.url],
    ['outlet', row.outlet],
    ['outletActor', row.outlet_actor],
    ['hash', row.hash],
    ['note', row.note],
    ['text', row.text],
  ] as const;
  for (const [field, value] of fields) if (value !== null && value !== undefined) record[field] = value;
  return record;
}

export const ACTOR_COLUMNS = `a.id, a.label, a.kind, a.aliases, a.member_of, a.note`;

export interface ActorRow {
  id: string;
  label: string;
  kind: ActorRecord['kind'];
  aliases: string[];
  member_of: string | null;
  note: string | null;
}

export function actorRecord(row: ActorRow): ActorRecord {
  const record: ActorRecord = { id: row.id, label: row.label, kind: row.kind, aliases: row.aliases };
  if (row.member_of !== null) record.memberOf = row.member_of;
  if (row.note !== null) record.note = row.note;
  return record;
}
