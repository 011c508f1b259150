// GEXF's side of the flat-column mapping (src/io/flat/columns.ts): strings go through the
// reversible escape of xmlSafe.ts, lists are JSON arrays in string columns, and the
// formatters hand graphology-gexf a node's or edge's label, kind, weight, columns and viz
// data. Column types are inferred by graphology-gexf from the values (integer for offsets,
// boolean for implicit, double for confidence, string otherwise). Both GEXF readers (the
// DOM reader and a streaming one) turn columns back into attributes with nodeFromGexf and
// edgeFromGexf.
import type { Attributes } from 'graphology-types';
import type { ClaimGraph, EdgeAttributes, NodeAttributes } from '../../model/index.ts';
import { edgeFromRow, edgeRow, nodeFromRow, nodeRow, type Decoders, type Encoders } from '../flat/columns.ts';
import { encodeList } from '../flat/lists.ts';
import { edgeWeight } from '../flat/style.ts';
import type { GexfVersion } from './version.ts';
import { edgeViz, nodeViz, type Viz } from './viz.ts';
import { escapeValue, unescapeValue } from './xmlSafe.ts';

export interface FormattedElement {
  label?: string;
  kind?: string;
  weight?: number;
  attributes?: Attributes;
  viz?: Viz;
}

/** GEXF strings: the reversible XML escape; lists: JSON text, which never needs it. */
export const GEXF_ENCODERS: Encoders = { value: escapeValue, list: encodeList };
const GEXF_DECODERS: Decoders = { value: unescapeValue, item: unescapeValue };

/**
 * The node and edge formatters for graphology-gexf's writer, which hands them escaped keys.
 * Node positions depend on the node's rank, so a fresh pair is needed for each pass. GEXF 1.2
 * has no <edge kind> and needs z in a position.
 */
export function createFormatters(
  graph: ClaimGraph,
  version: GexfVersion,
): {
  formatNode: (key: string, attrs: NodeAttributes) => FormattedElement;
  formatEdge: (key: string, attrs: EdgeAttributes) => FormattedElement;
} {
  let index = 0;
  const v12 = version === '1.2';
  const formatNode = (escapedKey: string, attrs: NodeAttributes): FormattedElement => ({
    label: escapeValue(attrs.label),
    attributes: nodeRow(attrs, GEXF_ENCODERS),
    viz: nodeViz(graph, unescapeValue(escapedKey), attrs, index++, v12),
  });
  const formatEdge = (_key: string, attrs: EdgeAttributes): FormattedElement => ({
    ...(v12 ? {} : { kind: attrs.kind }),
    label: attrs.kind,
    weight: edgeWeight(attrs.kind),
    attributes: edgeRow(attrs, GEXF_ENCODERS),
    viz: edgeViz(attrs),
  });
  return { formatNode, formatEdge };
}

/**
 * Node attributes as read back from GEXF (escaped strings, flat columns; the label from the
 * element) → ClaimGraph node attributes. Nothing is checked here: checkedGraph.ts validates.
 */
export function nodeFromGexf(raw: Attributes): Record<string, unknown> {
  return nodeFromRow(raw, raw.label, GEXF_DECODERS);
}

/** Edge attributes as read back from GEXF → ClaimGraph edge attributes (unchecked). */
export function edgeFromGexf(raw: Attributes): Record<string, unknown> {
  return edgeFromRow(raw, GEXF_DECODERS);
}
