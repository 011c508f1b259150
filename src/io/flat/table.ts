// A graph as two flat tables, nodes and edges, for the tabular formats (CSV, GraphML): each
// row holds the element's key, label and end points, its columns (columns.ts), the code-point
// twins of its offsets (codePoints.ts) and its style (style.ts: colour, size, position,
// weight). The declared columns are those some row uses, in the table's order, so a file
// of documents only has no claim columns.
import type { Attributes } from 'graphology-types';
import type { ClaimGraph } from '../../model/index.ts';
import {
  CODE_POINT_COLUMNS,
  EDGE_COLUMNS,
  NODE_COLUMNS,
  edgeCodePoints,
  edgeRow,
  nodeCodePoints,
  nodeRow,
  type Column,
  type Encoders,
} from './columns.ts';
import { DocumentOffsets } from './codePoints.ts';
import { edgeColor, edgeWeight, nodeStyle } from './style.ts';

/** Columns every tabular format adds for styling. */
export const NODE_STYLE_COLUMNS = {
  color: { type: 'string', description: 'display colour, #rrggbb: actors by kind, claims by stance, documents dark' },
  size: { type: 'double', description: 'display size, by degree' },
  x: { type: 'double', description: 'layout position x' },
  y: { type: 'double', description: 'layout position y' },
} as const satisfies Record<string, Column>;

export const EDGE_STYLE_COLUMNS = {
  weight: { type: 'double', description: 'speech acts 2, relations 1 (edge width)' },
  color: { type: 'string', description: 'display colour, #rrggbb, by edge kind' },
} as const satisfies Record<string, Column>;

export interface NodeRecord {
  key: string;
  label: string;
  row: Attributes;
}

export interface EdgeRecord {
  key: string;
  source: string;
  target: string;
  row: Attributes;
}

export interface FlatTables {
  /** Declared columns, in order, with their types and descriptions. */
  nodeColumns: [string, Column][];
  edgeColumns: [string, Column][];
  nodes: Iterable<NodeRecord>;
  edges: Iterable<EdgeRecord>;
}

function declared(all: Record<string, Column>, used: ReadonlySet<string>): [string, Column][] {
  return Object.entries(all).filter(([name]) => used.has(name));
}

/**
 * The graph's tables. Rows are built lazily, one at a time, with the format's string
 * encoders (keys and labels are passed raw: the format escapes them as it must).
 */
export function flatTables(graph: ClaimGraph, encode: Encoders): FlatTables {
  const offsets = new DocumentOffsets(graph);
  const nodeRowOf = (key: string, attrs: Parameters<typeof nodeRow>[0], index: number): Attributes => ({
    ...nodeRow(attrs, encode),
    ...nodeCodePoints(attrs, offsets.forClaim(attrs)),
    ...nodeStyle(graph, key, attrs, index),
  });
  const edgeRowOf = (attrs: Parameters<typeof edgeRow>[0]): Attributes => ({
    ...edgeRow(attrs, encode),
    ...edgeCodePoints(attrs, offsets.forEdge(attrs)),
    weight: edgeWeight(attrs.kind),
    color: edgeColor(attrs.kind),
  });
  const usedNodes = new Set<string>();
  const usedEdges = new Set<string>();
  let index = 0;
  graph.forEachNode((key, attrs) => {
    for (const name in nodeRowOf(key, attrs, index++)) usedNodes.add(name);
  });
  graph.forEachEdge((_key, attrs) => {
    for (const name in edgeRowOf(attrs)) usedEdges.add(name);
  });
  return {
    nodeColumns: declared({ ...NODE_COLUMNS, ...CODE_POINT_COLUMNS.node, ...NODE_STYLE_COLUMNS }, usedNodes),
    edgeColumns: declared({ ...EDGE_COLUMNS, ...CODE_POINT_COLUMNS.edge, ...EDGE_STYLE_COLUMNS }, usedEdges),
    nodes: (function* () {
      let position = 0;
      for (const { node, attributes } of graph.nodeEntries())
        yield { key: node, label: attributes.label, row: nodeRowOf(node, attributes, position++) };
    })(),
    edges: (function* () {
      for (const { edge, attributes, source, target } of graph.edgeEntries())
        yield { key: edge, source, target, row: edgeRowOf(attributes) };
    })(),
  };
}
