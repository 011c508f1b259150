// The one mapping between ClaimGraph attributes and flat columns, shared by every flat
// format (GEXF, GraphML, CSV) and by their readers (the GEXF DOM and streaming readers).
// Spans are flattened into typed start/end/text columns; lists are JSON arrays (lists.ts).
//
// Column names avoid what third-party readers treat specially (audited against GEXF 1.2 and
// 1.3, networkx 2.8, graphology-gexf / Gephi Lite, Gephi, igraph, Neo4j): no `id`, `label`,
// `weight`, `type`, `pid`, `start` or `end` (networkx moves a node's start/end onto the
// element as GEXF time bounds, which broke every re-import), no `color`, `size`, `x`, `y`,
// `z`, `shape`, `thickness` (graphology-gexf's viz names). `kind` is safe: GEXF's own edge
// `kind` holds the same value, and writing it as a column too lets it survive networkx,
// which drops that XML attribute.
import type { Attributes } from 'graphology-types';
import {
  DOCUMENT_STRING_FIELDS,
  type EdgeAttributes,
  type NodeAttributes,
  type NodeKind,
  type Span,
} from '../../model/index.ts';
import type { CodePointOffsets } from './codePoints.ts';
import { decodeList } from './lists.ts';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean' | 'list';

export interface Column {
  type: ColumnType;
  /** What the column holds; formats with column descriptions (GraphML) write it. */
  description: string;
}

const UTF16 = 'UTF-16 code units (JavaScript string index) into the document text, end exclusive';
const CODE_POINTS =
  'Unicode code points (Python str index) into the document text, end exclusive; absent when the span cuts a surrogate pair';
const string = (description: string): Column => ({ type: 'string', description });
const integer = (description: string): Column => ({ type: 'integer', description });

/** Node columns, in the order formats declare them. */
export const NODE_COLUMNS = {
  kind: string('node kind: document, actor or claim'),
  title: string('document title'),
  dateline: string('document dateline'),
  published: string('document publication date'),
  url: string('document URL'),
  file: string('document file name'),
  outlet: string('document outlet'),
  outletActor: string('actor id of the document outlet'),
  hash: string('document content hash'),
  text: string('document: the article text the offsets index; claim: the content text'),
  actorKind: string('actor kind: state, government, military, armed-group, ngo, media, person, …'),
  aliases: { type: 'list', description: 'actor aliases, a JSON array of strings' },
  doc: string('id of the claim document'),
  statement: string('statement id inside its document'),
  contentStart: integer(`claim content start, ${UTF16}`),
  contentEnd: integer(`claim content end, ${UTF16}`),
  cluster: string('corroboration cluster: id of its first claim'),
  note: string('free note'),
} as const satisfies Record<string, Column>;

/** Edge columns, in the order formats declare them. */
export const EDGE_COLUMNS = {
  kind: string('edge kind: asserts, accuses, denies, rejects, reports, about, targets, responds, memberOf, …'),
  statement: string('statement id inside its document'),
  doc: string('id of the statement document'),
  cueStart: integer(`cue start, ${UTF16}`),
  cueEnd: integer(`cue end, ${UTF16}`),
  cueText: string('cue words (none when implicit)'),
  evidenceStart: integer(`evidence start, ${UTF16}`),
  evidenceEnd: integer(`evidence end, ${UTF16}`),
  evidenceText: string('evidence sentence(s)'),
  implicit: { type: 'boolean', description: 'attribution carried over, no cue' },
  confidence: { type: 'double', description: 'how likely the statement is right, in [0, 1]' },
  rules: { type: 'list', description: 'extraction rules that produced the statement, a JSON array of strings' },
} as const satisfies Record<string, Column>;

/** Code-point twins of the offset columns, for the formats read by Python and the linked-data world. */
export const CODE_POINT_COLUMNS = {
  node: {
    contentStartCp: integer(`claim content start, ${CODE_POINTS}`),
    contentEndCp: integer(`claim content end, ${CODE_POINTS}`),
  },
  edge: {
    cueStartCp: integer(`cue start, ${CODE_POINTS}`),
    cueEndCp: integer(`cue end, ${CODE_POINTS}`),
    evidenceStartCp: integer(`evidence start, ${CODE_POINTS}`),
    evidenceEndCp: integer(`evidence end, ${CODE_POINTS}`),
  },
} as const;

export type NodeColumn = keyof typeof NODE_COLUMNS;
export type EdgeColumn = keyof typeof EDGE_COLUMNS;

/** Each node kind's attributes and the column each goes to. */
const NODE_FIELDS: Record<NodeKind, readonly (readonly [string, NodeColumn])[]> = {
  document: DOCUMENT_STRING_FIELDS.map((field) => [field, field] as const),
  actor: [
    ['actorKind', 'actorKind'],
    ['aliases', 'aliases'],
    ['note', 'note'],
  ],
  claim: [
    ['doc', 'doc'],
    ['statement', 'statement'],
    ['start', 'contentStart'],
    ['end', 'contentEnd'],
    ['text', 'text'],
    ['cluster', 'cluster'],
    ['note', 'note'],
  ],
};

/** Columns of claimgraph files written before the rename, read when the new column is absent. */
const LEGACY_COLUMNS: Partial<Record<NodeColumn, string>> = { contentStart: 'start', contentEnd: 'end' };

const SPANS = {
  cue: ['cueStart', 'cueEnd', 'cueText'],
  evidence: ['evidenceStart', 'evidenceEnd', 'evidenceText'],
} as const satisfies Record<string, readonly [EdgeColumn, EdgeColumn, EdgeColumn]>;

/** How a format writes strings and lists (escapes, or cheaper stand-ins for a pass that only infers types). */
export interface Encoders {
  value: (value: string) => string;
  list: (items: readonly string[]) => string;
}

/** How a format's strings and list items are read back (the inverse of its Encoders). */
export interface Decoders {
  value: (value: string) => string;
  /** Undoes the escape of an item of a list written before lists were JSON (see lists.ts). */
  item: (value: string) => string;
}

/** A node's columns, in NODE_COLUMNS order for its kind; absent attributes have no column. */
export function nodeRow(attrs: NodeAttributes, encode: Encoders): Attributes {
  const row: Attributes = { kind: attrs.kind };
  for (const [field, column] of NODE_FIELDS[attrs.kind]) {
    const value = (attrs as unknown as Record<string, unknown>)[field];
    if (value === undefined) continue;
    row[column] = typeof value === 'string' ? encode.value(value) : Array.isArray(value) ? encode.list(value) : value;
  }
  return row;
}

function flattenSpan(name: keyof typeof SPANS, span: Span | null | undefined, row: Attributes, encode: Encoders): void {
  if (!span) return;
  const [start, end, text] = SPANS[name];
  row[start] = span.start;
  row[end] = span.end;
  row[text] = encode.value(span.text);
}

/** An edge's columns: its kind, and for speech and reports edges the statement, spans and extras. */
export function edgeRow(attrs: EdgeAttributes, encode: Encoders): Attributes {
  const row: Attributes = { kind: attrs.kind };
  if (!('evidence' in attrs)) return row;
  row.statement = encode.value(attrs.statement);
  row.doc = encode.value(attrs.doc);
  if ('cue' in attrs) flattenSpan('cue', attrs.cue, row, encode);
  flattenSpan('evidence', attrs.evidence, row, encode);
  if ('implicit' in attrs && attrs.implicit !== undefined) row.implicit = attrs.implicit;
  if ('confidence' in attrs && attrs.confidence !== undefined) row.confidence = attrs.confidence;
  if ('rules' in attrs && attrs.rules !== undefined) row.rules = encode.list(attrs.rules);
  return row;
}

/**
 * The code-point twins of a node's offset columns (claims only), given its document's offsets;
 * none for a span that starts or ends inside a surrogate pair (half an emoji).
 */
export function nodeCodePoints(attrs: NodeAttributes, offsets: CodePointOffsets | undefined): Attributes {
  const content = attrs.kind === 'claim' ? offsets?.span(attrs.start, attrs.end) : undefined;
  return content ? { contentStartCp: content.start, contentEndCp: content.end } : {};
}

/** The code-point twins of an edge's offset columns. */
export function edgeCodePoints(attrs: EdgeAttributes, offsets: CodePointOffsets | undefined): Attributes {
  if (!offsets || !('evidence' in attrs)) return {};
  const row: Attributes = {};
  const evidence = offsets.span(attrs.evidence.start, attrs.evidence.end);
  if (evidence) [row.evidenceStartCp, row.evidenceEndCp] = [evidence.start, evidence.end];
  const cue = 'cue' in attrs && attrs.cue ? offsets.span(attrs.cue.start, attrs.cue.end) : undefined;
  if (cue) [row.cueStartCp, row.cueEndCp] = [cue.start, cue.end];
  return row;
}

const decoded = (value: unknown, decode: Decoders): unknown =>
  typeof value === 'string' ? decode.value(value) : value;

/**
 * A node's columns as read back from a file → ClaimGraph node attributes. Nothing is checked
 * here: checkedGraph.ts validates the result and names what is wrong.
 */
export function nodeFromRow(raw: Attributes, label: unknown, decode: Decoders): Record<string, unknown> {
  const node: Record<string, unknown> = { kind: raw.kind, label: decoded(label ?? '', decode) };
  const fields = NODE_FIELDS[raw.kind as NodeKind];
  if (!fields) return node;
  for (const [field, column] of fields) {
    const value = raw[column] ?? (LEGACY_COLUMNS[column] !== undefined ? raw[LEGACY_COLUMNS[column]] : undefined);
    if (value === undefined) continue;
    node[field] = NODE_COLUMNS[column].type === 'list' ? decodeListColumn(value, decode) : decoded(value, decode);
  }
  if (raw.kind === 'actor' && node.aliases === undefined) node.aliases = [];
  return node;
}

function rebuildSpan(raw: Attributes, name: keyof typeof SPANS, decode: Decoders): Span | undefined {
  const [startColumn, endColumn, textColumn] = SPANS[name];
  const [start, end, text] = [raw[startColumn], raw[endColumn], raw[textColumn]];
  if (start === undefined && end === undefined && text === undefined) return undefined;
  return { start, end, text: decoded(text, decode) } as Span;
}

/** An edge's columns as read back → ClaimGraph edge attributes (unchecked). */
export function edgeFromRow(raw: Attributes, decode: Decoders): Record<string, unknown> {
  const edge: Record<string, unknown> = { kind: raw.kind };
  if (raw.statement !== undefined) edge.statement = decoded(raw.statement, decode);
  if (raw.doc !== undefined) edge.doc = decoded(raw.doc, decode);
  const evidence = rebuildSpan(raw, 'evidence', decode);
  if (evidence) edge.evidence = evidence;
  if (raw.kind !== 'reports' && (evidence || raw.statement !== undefined))
    edge.cue = rebuildSpan(raw, 'cue', decode) ?? null;
  if (raw.implicit !== undefined) edge.implicit = raw.implicit;
  if (raw.confidence !== undefined) edge.confidence = raw.confidence;
  if (raw.rules !== undefined) edge.rules = decodeListColumn(raw.rules, decode);
  return edge;
}

function decodeListColumn(value: unknown, decode: Decoders): unknown {
  return decodeList(value, decode.item);
}
