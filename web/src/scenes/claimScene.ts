// The full claim graph: documents, actors and claims with every edge, drawn by the reducers
// of ../reducers (resting styles, filters, focus). On large graphs a hover or a selection
// only redraws the neighbourhoods it touches. An actor-network edge selected elsewhere is
// shown here as its claims and its two actors.
import type { Attributes } from 'graphology-types';
import { isEdgeKind } from '../../../src/model/index.ts';
import {
  NOTHING_HIDDEN,
  VisibilityIndex,
  filtersActive,
  focusOf,
  neighbourhood,
  reduceEdge,
  reduceNode,
  type Focus,
  type HiddenNodes,
  type ReducerView,
} from '../reducers/index.ts';
import { orderedNeighbours } from '../keyboard/neighbourCursor.ts';
import { LARGE_GRAPH, rendererSettings } from '../sigma/settings.ts';
import type { ViewState } from '../state/types.ts';
import type { ClaimData } from '../viewer/graphData.ts';
import { parseActorLinkKey } from '../../../src/corpus/queries/index.ts';
import type { Redraw, Scene } from './scene.ts';

/** Nodes at least this large (actors, documents) carry a label at rest. */
const LABELLED_SIZE = 8;

export class ClaimScene implements Scene {
  readonly name = 'claims';
  private view: ReducerView;
  private hidden: HiddenNodes = NOTHING_HIDDEN;
  /** Built on the first filter that hides something. */
  private visibility: VisibilityIndex | null = null;

  constructor(
    private readonly data: ClaimData,
    state: ViewState,
  ) {
    const large = data.graph.order >= LARGE_GRAPH;
    this.view = {
      graph: data.graph,
      index: data.index,
      state,
      hidden: this.hiddenBy(state),
      focus: this.focus(state),
      claimLabels: !large,
      fade: !large,
    };
  }

  /** The nodes the state's filters hide (kept in this.hidden). */
  private hiddenBy(state: ViewState): HiddenNodes {
    if (!filtersActive(state.filters) && !this.visibility) return (this.hidden = NOTHING_HIDDEN);
    this.visibility ??= new VisibilityIndex(this.data.graph, this.data.index);
    return (this.hidden = this.visibility.hidden(state.filters));
  }

  /** On a large graph, the filter index is built ahead of the first filter change. */
  prepare(): void {
    if (this.data.graph.order >= LARGE_GRAPH) this.visibility ??= new VisibilityIndex(this.data.graph, this.data.index);
  }

  get graph() {
    return this.data.graph;
  }

  settings() {
    return rendererSettings(this.data.graph.order);
  }

  reduceNode(node: string, data: Attributes) {
    return reduceNode(this.view, node, data);
  }

  reduceEdge(edge: string, data: Attributes) {
    return reduceEdge(this.view, edge, data);
  }

  /** The focus of the state; a selected actor-network edge brings forward its claims and actors. */
  private focus(state: ViewState): Focus {
    const link = state.selected === null ? undefined : parseActorLinkKey(state.selected);
    if (!link) return focusOf(this.data.graph, state);
    const found = this.data.links.filter((p) => p.links.includes(state.selected as string)).map((p) => p.row.claim);
    const nodes = new Set<string>([link.from, link.to]);
    const edges = new Set<string>();
    for (const claim of found) {
      nodes.add(claim);
      this.data.graph.forEachEdge(claim, (edge, _a, source, target) => {
        if (nodes.has(source) && nodes.has(target)) edges.add(edge);
      });
    }
    return { nodes, edges, pathNodes: new Set(), pathEdges: new Set() };
  }

  update(state: ViewState, changed: ReadonlySet<keyof ViewState> | null): Redraw {
    const all = changed === null;
    const previous = this.view;
    const before = this.hidden;
    const hidden = all || changed.has('filters') ? this.hiddenBy(state) : before;
    const focusChanged = all || changed.has('hovered') || changed.has('selected') || changed.has('pathResult');
    const focus = focusChanged ? this.focus(state) : previous.focus;
    this.view = { ...previous, state, hidden, focus };
    const drawn: (keyof ViewState)[] = ['hovered', 'selected', 'cursor', 'filters', 'pathResult'];
    if (!all && !drawn.some((key) => changed.has(key))) return 'none';
    // On a large graph nothing fades, so a hover, selection or cursor move only changes the
    // nodes and edges around the old and new centres, and a filter change the nodes it shows
    // or hides: redraw those alone.
    if (all || this.view.fade || changed.has('pathResult')) return 'all';
    if (!changed.has('filters')) return this.around(previous.state, state);
    const shownOrHidden = before === hidden ? [] : this.changedNodes(before, hidden);
    if (!['hovered', 'selected', 'cursor'].some((key) => changed.has(key as keyof ViewState)))
      return { withEdges: shownOrHidden };
    const around = this.around(previous.state, state);
    if (around === 'all' || around === 'none' || !('nodes' in around)) return 'all';
    return { withEdges: [...new Set([...shownOrHidden, ...around.nodes])] };
  }

  private changedNodes(before: HiddenNodes, after: HiddenNodes): string[] {
    if (!this.visibility) return [];
    if (before === NOTHING_HIDDEN) return after.keys();
    return this.visibility.changed(before, after);
  }

  /** The nodes and edges whose drawing depends on the hover, selection or cursor of either state. */
  private around(before: ViewState, after: ViewState): Redraw {
    const graph = this.data.graph;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const centres = [before.hovered, before.selected, before.cursor, after.hovered, after.selected, after.cursor];
    for (const centre of centres) {
      if (centre === null) continue;
      if (!graph.hasNode(centre)) return 'all';
      const near = neighbourhood(graph, centre);
      for (const node of near.nodes) nodes.add(node);
      for (const edge of near.edges) edges.add(edge);
    }
    return { nodes, edges };
  }

  sizeOf(node: string): number {
    const size = this.data.index.styles.get(node)?.size ?? 4;
    // Labels sit beside large nodes: keep those further apart so that their labels do not collide.
    return size >= LABELLED_SIZE ? size + 14 : size + 2;
  }

  edgeWeight(_edge: string, attrs: Attributes): number {
    // Every claim is reported by its document; at full weight those edges would pull all
    // claims into one knot around the document instead of around who said them.
    return isEdgeKind(attrs.kind) && (attrs.kind === 'reports' || attrs.kind === 'publishes') ? 0.05 : 1;
  }

  neighbours(node: string): string[] {
    return this.data.graph.hasNode(node) ? orderedNeighbours(this.data.graph, node, this.view.hidden) : [];
  }

  anchor(key: string): string | null {
    if (this.data.graph.hasNode(key)) return key;
    return parseActorLinkKey(key)?.from ?? null;
  }
}
