// How the actor network is drawn. An actor's size follows the statements it made and
// received under the current filters, its colour its kind, and a dark ring marks an actor
// that changed position (asserted, later denied). An edge's width and label are the number
// of statements behind it, its colour its stance; edges and actors with nothing left under
// the filters hide. Hover or selection (an actor, an edge, or a claim standing behind some
// edges) brings its part forward and fades the rest. Pure: tested in Node.
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { parseActorLinkKey } from '../../../src/corpus/queries/index.ts';
import type { ViewState } from '../state/types.ts';
import type { ActorCounts, ActorDisplayGraph } from './actorNetwork.ts';
import { ACTOR_KIND_COLORS, FADED_EDGE, FADED_NODE, STANCE_COLORS } from './palette.ts';

export interface ActorFocus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ActorReducerView {
  graph: ActorDisplayGraph;
  counts: ActorCounts;
  /** Actor kinds shown (the filter). */
  kinds: ReadonlySet<string>;
  focus: ActorFocus;
  /** Actor key → changes of position inside the current filters. */
  changes: ReadonlyMap<string, number>;
  state: ViewState;
  /** Edges whose count is drawn at rest (the strongest); edges in focus always are. */
  labelled: ReadonlySet<string>;
  /** Edges of fewer statements are not drawn (an actor left with none hides). */
  threshold: number;
  /** Actor key → its edges drawn under the threshold, in or out. */
  degree: ReadonlyMap<string, number>;
}

export const ACTOR_SIZE = { min: 4, max: 15 } as const;
export const EDGE_WIDTH = { min: 1, max: 10 } as const;
/** The ring of an actor that changed position, as a share of its radius. */
export const CHANGE_RING = 0.16;
export const CHANGE_RING_COLOR = '#1d1d1d';

/** Longer names are cut at rest (the whole name shows in focus), so that labels stay beside the ring. */
export const LABEL_CHARS = 18;
const shortLabel = (label: string): string =>
  label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…` : label;

const scale = (value: number, max: number, range: { min: number; max: number }): number =>
  range.min + (range.max - range.min) * Math.sqrt(value / Math.max(max, 1));

type Shown = Pick<ActorReducerView, 'graph' | 'counts' | 'kinds' | 'threshold'>;

/** An actor is drawn when its kind is shown and some statement remains on an edge of it. */
export function actorShown(view: Shown, node: string): boolean {
  const counted = view.counts.actors.get(node);
  if (!counted || counted.made + counted.received === 0) return false;
  return view.kinds.has(view.graph.getNodeAttribute(node, 'actorKind'));
}

/** An edge is drawn when it has at least `threshold` statements under the filters and both its actors are drawn. */
export function linkShown(view: Shown, edge: string): boolean {
  const link = view.counts.links.get(edge);
  if (!link || link.statements < view.threshold) return false;
  return actorShown(view, view.graph.source(edge)) && actorShown(view, view.graph.target(edge));
}

/** How many drawn edges each actor has: an actor whose edges are all under the threshold hides. */
export function drawnDegrees(view: Shown): Map<string, number> {
  const degree = new Map<string, number>();
  for (const link of view.counts.links.values()) {
    if (!view.graph.hasEdge(link.key) || !linkShown(view, link.key)) continue;
    degree.set(link.from.key, (degree.get(link.from.key) ?? 0) + 1);
    degree.set(link.to.key, (degree.get(link.to.key) ?? 0) + 1);
  }
  return degree;
}

/**
 * The smallest threshold that leaves at most `budget` edges drawn: a corpus's network
 * stays readable at a glance, and the user can lower it to see every edge.
 */
export function readableThreshold(view: Omit<Shown, 'threshold'>, budget: number): number {
  const counts = [...view.counts.links.values()]
    .filter((link) => view.graph.hasEdge(link.key) && linkShown({ ...view, threshold: 1 }, link.key))
    .map((link) => link.statements)
    .sort((a, b) => b - a);
  if (counts.length <= budget) return 1;
  // The count of the edge just past the budget: everything above it fits.
  return (counts[budget] ?? 1) + 1;
}

export function reduceActorNode(view: ActorReducerView, node: string, data: Attributes): Partial<NodeDisplayData> {
  const counted = view.counts.actors.get(node);
  const total = counted ? counted.made + counted.received : 0;
  const out: Partial<NodeDisplayData> & { ring?: number } = {
    x: data.x,
    y: data.y,
    label: shortLabel(data.label as string),
    color: ACTOR_KIND_COLORS[data.actorKind as keyof typeof ACTOR_KIND_COLORS] ?? ACTOR_KIND_COLORS.other,
    size: scale(total, view.counts.maxActor, ACTOR_SIZE),
    zIndex: 1,
  };
  if (!actorShown(view, node) || !view.degree.get(node)) {
    out.hidden = true;
    return out;
  }
  if (view.changes.get(node)) {
    out.type = 'ringed';
    out.ring = CHANGE_RING;
  }
  const { focus, state } = view;
  if (focus.nodes.size && !focus.nodes.has(node)) {
    out.color = FADED_NODE;
    out.label = null;
    out.zIndex = 0;
    if (out.ring) out.ring = 0;
    return out;
  }
  if (focus.nodes.has(node)) {
    out.forceLabel = true;
    out.label = data.label as string;
    out.zIndex = 2;
  }
  if (node === state.selected || node === state.hovered || node === state.cursor) {
    out.highlighted = true;
    out.forceLabel = true;
    out.label = data.label as string;
    out.zIndex = 3;
  }
  return out;
}

export function reduceActorEdge(view: ActorReducerView, edge: string, data: Attributes): Partial<EdgeDisplayData> {
  const link = view.counts.links.get(edge);
  const count = link?.statements ?? 0;
  const out: Partial<EdgeDisplayData> & { curvature?: number; labelAlways?: boolean } = {
    type: 'curved',
    curvature: data.curvature as number,
    color: STANCE_COLORS[data.stance as keyof typeof STANCE_COLORS],
    size: scale(count, view.counts.maxLink, EDGE_WIDTH),
    label: String(count),
    zIndex: 1,
  };
  if (!linkShown(view, edge)) {
    out.hidden = true;
    return out;
  }
  const { focus } = view;
  if (focus.edges.size && !focus.edges.has(edge)) {
    out.color = FADED_EDGE;
    out.label = null;
    out.zIndex = 0;
    return out;
  }
  if (focus.edges.has(edge)) {
    out.forceLabel = true;
    out.zIndex = 2;
  } else if (view.labelled.has(edge)) out.forceLabel = true;
  else out.label = null;
  // The hovered or selected edge's count shows even where other labels leave no room (../sigma/edgeLabels.ts).
  if (edge === view.state.hovered || edge === view.state.selected) out.labelAlways = true;
  if (edge === view.state.selected) {
    out.size = (out.size ?? 1) + 2;
    out.zIndex = 3;
  }
  return out;
}

/** What the hover, else the selection, brings forward: an actor and its edges, an edge and its ends, a claim's edges. */
export function actorFocus(
  view: Shown,
  state: Pick<ViewState, 'hovered' | 'selected'>,
  claimLinks: ReadonlyMap<string, readonly string[]>,
): ActorFocus {
  const { graph } = view;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const addEdge = (edge: string): void => {
    if (!graph.hasEdge(edge) || !linkShown(view, edge)) return;
    edges.add(edge);
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  };
  for (const centre of [state.hovered, state.selected]) {
    if (centre === null) continue;
    if (graph.hasNode(centre)) {
      nodes.add(centre);
      graph.forEachEdge(centre, (edge) => addEdge(edge));
    } else if (parseActorLinkKey(centre)) addEdge(centre);
    else for (const edge of claimLinks.get(centre) ?? []) addEdge(edge);
    if (nodes.size) break;
  }
  return { nodes, edges };
}

/** The `limit` strongest edges shown: their counts are written at rest, the others' only in focus. */
export function strongestLinks(view: Shown, limit: number): Set<string> {
  return new Set(
    [...view.counts.links.values()]
      .filter((link) => view.graph.hasEdge(link.key) && linkShown(view, link.key))
      .sort((a, b) => b.statements - a.statements || (a.key < b.key ? -1 : 1))
      .slice(0, limit)
      .map((link) => link.key),
  );
}
