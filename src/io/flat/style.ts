// Styling shared by the formats that carry it (GEXF viz, GraphML and CSV colour, size,
// position and weight columns): node colour by actor kind, claim stance or document, node
// size by degree, edge colour and weight by edge kind, and a deterministic position (the
// node's own x/y when the graph has a layout, else a point on a circle) so that a file opens
// readable before any layout is run. Colours are the shared palette (src/style), `#rrggbb`.
// Edge weight is what Gephi Lite sizes edges by (and GEXF's <edge weight>): speech acts 2,
// relations 1, the same as the viewer's and Gephi's thickness.
import { STANCES, type ClaimGraph, type ClaimNode, type NodeAttributes } from '../../model/index.ts';
import * as palette from '../../style/index.ts';

const STANCE_SET: ReadonlySet<string> = new Set(STANCES);

/** The stance of a claim: the kind of its speech edge. */
function claimStance(graph: ClaimGraph, claim: string, attrs: ClaimNode): string | undefined {
  // First the key buildGraph gives the speech edge: walking a claim's in-edges measured
  // several times slower, on the streaming writer's hot path, than these few lookups.
  for (const stance of STANCES) {
    const key = `${stance}:${attrs.doc}/${attrs.statement}`;
    if (graph.hasEdge(key) && graph.target(key) === claim && graph.getEdgeAttribute(key, 'kind') === stance)
      return stance;
  }
  let found: string | undefined;
  graph.forEachInEdge(claim, (_edge, edge) => {
    if (STANCE_SET.has(edge.kind)) found = edge.kind;
  });
  return found;
}

/** A node's colour: documents near-black, actors by kind, claims by stance. */
export function nodeColor(graph: ClaimGraph, key: string, attrs: NodeAttributes): string {
  if (attrs.kind === 'document') return palette.DOCUMENT_COLOR;
  if (attrs.kind === 'actor') return palette.ACTOR_KIND_COLORS[attrs.actorKind] ?? palette.UNKNOWN_COLOR;
  const stance = claimStance(graph, key, attrs) as keyof typeof palette.STANCE_COLORS | undefined;
  return (stance && palette.STANCE_COLORS[stance]) ?? palette.UNKNOWN_COLOR;
}

export function edgeColor(kind: string): string {
  return palette.EDGE_COLORS[kind as keyof typeof palette.EDGE_COLORS] ?? palette.UNKNOWN_COLOR;
}

/** Speech acts weigh 2, relations 1: GEXF weight and thickness, Gephi Lite's edge size. */
export function edgeWeight(kind: string): number {
  return STANCE_SET.has(kind) ? 2 : 1;
}

export function nodeSize(kind: string, degree: number): number {
  const base = kind === 'document' ? 12 : kind === 'actor' ? 6 : 4;
  return Math.round((base + Math.sqrt(degree)) * 100) / 100;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The position of the index-th of `count` nodes, or the node's own finite x/y. */
export function nodePosition(index: number, count: number, x: unknown, y: unknown): { x: number; y: number } {
  if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) return { x, y };
  const radius = 100 * Math.sqrt(Math.max(count, 1));
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  return { x: round2(radius * Math.cos(angle)), y: round2(radius * Math.sin(angle)) };
}

/** A node's style: colour (#rrggbb), size by degree, position by rank or its own x/y. */
export function nodeStyle(
  graph: ClaimGraph,
  key: string,
  attrs: NodeAttributes,
  index: number,
): { color: string; size: number; x: number; y: number } {
  const { x, y } = attrs as unknown as { x?: unknown; y?: unknown };
  return {
    color: nodeColor(graph, key, attrs),
    size: nodeSize(attrs.kind, graph.degree(key)),
    ...nodePosition(index, graph.order, x, y),
  };
}
