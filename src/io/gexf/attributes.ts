// The mapping between ClaimGraph attributes and GEXF attribute columns, both ways.
// GEXF has typed scalar and list columns but no objects, so spans are flattened into
// typed columns (cueStart, cueEnd, cueText; evidenceStart, …) and rebuilt on import; a
// null cue simply has no cue columns. Every string goes through the reversible escape of
// xmlSafe.ts. Column types are inferred by graphology-gexf from the values (integer for
// offsets, boolean for implicit, liststring for aliases, string otherwise).
import type { Attributes } from 'graphology-types';
import {
  STANCES,
  type ClaimGraph,
  type ClaimNode,
  type EdgeAttributes,
  type NodeAttributes,
  type Span,
} from '../../model/index.ts';
import { escapeListItem, escapeValue, unescapeValue } from './xmlSafe.ts';
import {
  ACTOR_COLORS,
  DOCUMENT_COLOR,
  EDGE_COLORS,
  STANCE_COLORS,
  UNKNOWN_COLOR,
  edgeThickness,
  nodePosition,
  nodeSize,
} from './viz.ts';

export interface FormattedElement {
  label?: string;
  kind?: string;
  attributes?: Attributes;
  viz?: { color?: string; size?: number; x?: number; y?: number; thickness?: number };
}

const DOCUMENT_FIELDS = [
  'title',
  'dateline',
  'published',
  'url',
  'file',
  'outlet',
  'outletActor',
  'hash',
  'note',
  'text',
] as const;
const CLAIM_FIELDS = ['doc', 'statement', 'start', 'end', 'text', 'cluster', 'note'] as const;

/** How strings are escaped: escapeValue and escapeListItem, or a cheaper stand-in (see nodeColumns). */
export interface Escapes {
  value: (value: string) => string;
  item: (value: string) => string;
}

const XML_ESCAPES: Escapes = { value: escapeValue, item: escapeListItem };

function copyFields(from: object, fields: readonly string[], to: Attributes, escape: Escapes['value']): void {
  for (const field of fields) {
    const value = (from as Record<string, unknown>)[field];
    if (value !== undefined) to[field] = typeof value === 'string' ? escape(value) : value;
  }
}

// Column names built once: a template literal per edge made every key a fresh string to
// internalise (measured on the streaming writer's hot path).
const SPAN_COLUMNS = {
  cue: ['cueStart', 'cueEnd', 'cueText'],
  evidence: ['evidenceStart', 'evidenceEnd', 'evidenceText'],
} as const;

function flattenSpan(
  name: keyof typeof SPAN_COLUMNS,
  span: Span | null | undefined,
  to: Attributes,
  escape: Escapes['value'],
): void {
  if (!span) return;
  const [start, end, text] = SPAN_COLUMNS[name];
  to[start] = span.start;
  to[end] = span.end;
  to[text] = escape(span.text);
}

function stanceOf(graph: ClaimGraph, claim: string, attrs: ClaimNode): string | undefined {
  // First the key buildGraph gives the speech edge: walking a claim's in-edges measured
  // several times slower, on the streaming writer's hot path, than these few lookups.
  for (const stance of STANCES) {
    const key = `${stance}:${attrs.doc}/${attrs.statement}`;
    if (graph.hasEdge(key) && graph.target(key) === claim && graph.getEdgeAttribute(key, 'kind') === stance)
      return stance;
  }
  let found: string | undefined;
  graph.forEachInEdge(claim, (_edge, edge) => {
    if (edge.kind in STANCE_COLORS) found = edge.kind;
  });
  return found;
}

function nodeColor(graph: ClaimGraph, key: string, attrs: NodeAttributes): string {
  if (attrs.kind === 'document') return DOCUMENT_COLOR;
  if (attrs.kind === 'actor') return ACTOR_COLORS[attrs.actorKind] ?? UNKNOWN_COLOR;
  return STANCE_COLORS[stanceOf(graph, key, attrs) as keyof typeof STANCE_COLORS] ?? UNKNOWN_COLOR;
}

/** A node's viz data: colour by kind, size by degree, position by rank (or its own x/y). */
export function nodeViz(
  graph: ClaimGraph,
  key: string,
  attrs: NodeAttributes,
  index: number,
): NonNullable<FormattedElement['viz']> {
  const { x, y } = attrs as unknown as { x?: unknown; y?: unknown };
  return {
    color: nodeColor(graph, key, attrs),
    size: nodeSize(attrs.kind, graph.degree(key)),
    ...nodePosition(index, graph.order, x, y),
  };
}

export function edgeViz(attrs: EdgeAttributes): NonNullable<FormattedElement['viz']> {
  return { color: EDGE_COLORS[attrs.kind] ?? UNKNOWN_COLOR, thickness: edgeThickness(attrs.kind) };
}

/**
 * The node and edge formatters for graphology-gexf's writer, which hands them escaped keys.
 * Node positions depend on the node's rank, so a fresh pair is needed for each pass.
 */
export function createFormatters(graph: ClaimGraph): {
  formatNode: (key: string, attrs: NodeAttributes) => FormattedElement;
  formatEdge: (key: string, attrs: EdgeAttributes) => FormattedElement;
} {
  let index = 0;
  const formatNode = (escapedKey: string, attrs: NodeAttributes): FormattedElement => ({
    label: escapeValue(attrs.label),
    attributes: nodeColumns(attrs),
    viz: nodeViz(graph, unescapeValue(escapedKey), attrs, index++),
  });
  const formatEdge = (_key: string, attrs: EdgeAttributes): FormattedElement => {
    const formatted: FormattedElement = { kind: attrs.kind, label: attrs.kind, viz: edgeViz(attrs) };
    const attributes = edgeColumns(attrs);
    if (attributes) formatted.attributes = attributes;
    return formatted;
  };
  return { formatNode, formatEdge };
}

/**
 * A node's GEXF columns (escaped), in the order they are declared when first seen. Column
 * types only depend on whether an escaped string is empty, which it never is, so a pass that
 * only infers types may pass cheaper escapes that keep strings non-empty.
 */
export function nodeColumns(attrs: NodeAttributes, escape: Escapes = XML_ESCAPES): Attributes {
  const attributes: Attributes = { kind: attrs.kind };
  if (attrs.kind === 'document') copyFields(attrs, DOCUMENT_FIELDS, attributes, escape.value);
  else if (attrs.kind === 'actor') {
    attributes.actorKind = attrs.actorKind;
    attributes.aliases = attrs.aliases.map(escape.item);
    copyFields(attrs, ['note'], attributes, escape.value);
  } else copyFields(attrs, CLAIM_FIELDS, attributes, escape.value);
  return attributes;
}

/** An edge's GEXF columns (escaped); undefined for edges that carry nothing but their kind. */
export function edgeColumns(attrs: EdgeAttributes, escape: Escapes = XML_ESCAPES): Attributes | undefined {
  if (!('evidence' in attrs)) return undefined;
  const attributes: Attributes = { statement: escape.value(attrs.statement), doc: escape.value(attrs.doc) };
  if ('cue' in attrs) flattenSpan('cue', attrs.cue, attributes, escape.value);
  flattenSpan('evidence', attrs.evidence, attributes, escape.value);
  if ('implicit' in attrs && attrs.implicit !== undefined) attributes.implicit = attrs.implicit;
  if ('confidence' in attrs && attrs.confidence !== undefined) attributes.confidence = attrs.confidence;
  if ('rules' in attrs && attrs.rules !== undefined) attributes.rules = attrs.rules.map(escape.item);
  return attributes;
}

const unescaped = (value: unknown): unknown => (typeof value === 'string' ? unescapeValue(value) : value);

function rebuildSpan(raw: Attributes, name: keyof typeof SPAN_COLUMNS): Span | undefined {
  const [startColumn, endColumn, textColumn] = SPAN_COLUMNS[name];
  const start = raw[startColumn];
  const end = raw[endColumn];
  const text = raw[textColumn];
  if (start === undefined && end === undefined && text === undefined) return undefined;
  return { start, end, text: unescaped(text) } as Span;
}

/**
 * Node attributes as read back from GEXF (escaped strings, flat columns) → ClaimGraph node
 * attributes. Nothing is checked here: checkedGraph.ts validates the result.
 */
export function nodeFromGexf(raw: Attributes): Record<string, unknown> {
  const node: Record<string, unknown> = { kind: raw.kind, label: unescaped(raw.label ?? '') };
  if (raw.kind === 'actor') {
    node.actorKind = raw.actorKind;
    node.aliases = Array.isArray(raw.aliases)
      ? raw.aliases.map(unescaped)
      : raw.aliases === undefined
        ? []
        : raw.aliases;
    if (raw.note !== undefined) node.note = unescaped(raw.note);
  } else {
    for (const field of raw.kind === 'document' ? DOCUMENT_FIELDS : CLAIM_FIELDS) {
      if (raw[field] !== undefined) node[field] = unescaped(raw[field]);
    }
  }
  return node;
}

/** Edge attributes as read back from GEXF → ClaimGraph edge attributes (unchecked). */
export function edgeFromGexf(raw: Attributes): Record<string, unknown> {
  const edge: Record<string, unknown> = { kind: raw.kind };
  if (raw.statement !== undefined) edge.statement = unescaped(raw.statement);
  if (raw.doc !== undefined) edge.doc = unescaped(raw.doc);
  const evidence = rebuildSpan(raw, 'evidence');
  if (evidence) edge.evidence = evidence;
  if (raw.kind !== 'reports' && (evidence || raw.statement !== undefined)) edge.cue = rebuildSpan(raw, 'cue') ?? null;
  if (raw.implicit !== undefined) edge.implicit = raw.implicit;
  if (raw.confidence !== undefined) edge.confidence = raw.confidence;
  if (raw.rules !== undefined) edge.rules = Array.isArray(raw.rules) ? raw.rules.map(unescaped) : raw.rules;
  return edge;
}
