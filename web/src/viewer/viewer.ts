// The viewer's core: one graph, one sigma renderer, one view-state store. It keeps the
// derived sets the reducers read (hidden nodes, focus) in step with the state, refreshes the
// renderer without re-indexing when only the view changed, and swaps graphs as a whole so a
// failed load never leaves a half-replaced graph on screen.
import Sigma from 'sigma';
import type { ClaimGraph } from '../../../src/model/index.ts';
import { shortestPath } from '../../../src/query/index.ts';
import {
  buildGraphIndex,
  focusOf,
  hiddenNodes,
  neighbourhood,
  reduceEdge,
  reduceNode,
  type GraphIndex,
  type ReducerView,
} from '../reducers/index.ts';
import { createLabelDrawer } from '../sigma/labels.ts';
import { hasPositions, seedPositions } from '../sigma/positions.ts';
import { runLayout, type LayoutPhase, type LayoutRun } from '../sigma/layout.ts';
import { HOME_CAMERA, LARGE_GRAPH, STAGE_PADDING, rendererSettings } from '../sigma/settings.ts';
import { followTrail, jumpTrail, type Store, type ViewState } from '../state/index.ts';

/** Nodes at least this large (actors, documents) carry a label at rest. */
const LABELLED_SIZE = 8;

export type SelectHow = 'follow' | 'jump' | 'history';

export interface LoadedGraph {
  graph: ClaimGraph;
  index: GraphIndex;
  source: string;
}

/** The nodes and edges whose drawing depends on the hover, selection or cursor of either state. */
function changedAround(
  graph: ClaimGraph,
  before: ViewState,
  after: ViewState,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const centres = [before.hovered, before.selected, before.cursor, after.hovered, after.selected, after.cursor];
  for (const centre of centres) {
    if (centre === null || !graph.hasNode(centre)) continue;
    const around = neighbourhood(graph, centre);
    for (const node of around.nodes) nodes.add(node);
    for (const edge of around.edges) edges.add(edge);
  }
  return { nodes, edges };
}

export class Viewer {
  graph: ClaimGraph;
  index: GraphIndex;
  source: string;
  readonly renderer: Sigma;
  layout: LayoutRun | null = null;
  layoutPhase: LayoutPhase = 'done';
  private loading = false;
  private view: ReducerView;
  private readonly graphListeners = new Set<(loaded: LoadedGraph) => void>();
  private readonly phaseListeners = new Set<(phase: LayoutPhase) => void>();

  constructor(
    readonly container: HTMLElement,
    graph: ClaimGraph,
    source: string,
    readonly store: Store,
  ) {
    this.graph = graph;
    this.source = source;
    this.index = buildGraphIndex(graph);
    this.view = this.makeView();
    seedPositions(graph);
    const labels = createLabelDrawer();
    this.renderer = new Sigma(graph, container, {
      ...rendererSettings(graph.order),
      defaultDrawNodeLabel: labels.draw,
      nodeReducer: (node, data) => reduceNode(this.view, node, data),
      edgeReducer: (edge, data) => reduceEdge(this.view, edge, data),
    });
    this.renderer.on('beforeRender', labels.reset);
    this.bindRendererEvents();
    store.subscribe((state, changed) => this.onState(state, changed));
  }

  /** Replaces the graph. The caller has built it fully; nothing is touched if indexing it throws. */
  load(graph: ClaimGraph, source: string, keep: Partial<ViewState> = {}): void {
    const index = buildGraphIndex(graph);
    this.layout?.stop();
    const positioned = hasPositions(graph);
    seedPositions(graph);
    // Until sigma holds the new graph, a refresh would run the new reducers over the old
    // graph's items: hold refreshes back while the state is reset.
    this.loading = true;
    try {
      this.graph = graph;
      this.index = index;
      this.source = source;
      this.store.update({
        hovered: null,
        selected: null,
        cursor: null,
        trail: [],
        pathResult: { nodes: [], edges: [], message: null },
        ...keep,
      });
      this.view = this.makeView();
    } finally {
      this.loading = false;
    }
    this.renderer.setGraph(graph);
    for (const [key, value] of Object.entries(rendererSettings(graph.order))) {
      this.renderer.setSetting(key as never, value as never);
    }
    for (const listener of this.graphListeners) listener({ graph, index, source });
    if (!positioned) this.startLayout();
  }

  startLayout(): LayoutRun {
    this.layout?.stop();
    const { width, height } = this.container.getBoundingClientRect();
    const run = runLayout(this.graph, {
      // Labels sit beside large nodes: keep those further apart so that their labels do not collide.
      sizeOf: (node) => {
        const size = this.index.styles.get(node)?.size ?? 4;
        return size >= LABELLED_SIZE ? size + 14 : size + 2;
      },
      viewportSize: (Math.min(width, height) || 800) - 2 * STAGE_PADDING,
      cameraRatio: HOME_CAMERA.ratio,
      onPhase: (phase) => {
        if (run !== this.layout && this.layout !== null) return;
        this.layoutPhase = phase;
        for (const listener of this.phaseListeners) listener(phase);
      },
    });
    this.layout = run;
    this.layoutPhase = run.phase();
    for (const listener of this.phaseListeners) listener(this.layoutPhase);
    return run;
  }

  onGraph(listener: (loaded: LoadedGraph) => void): void {
    this.graphListeners.add(listener);
  }

  onLayoutPhase(listener: (phase: LayoutPhase) => void): void {
    this.phaseListeners.add(listener);
  }

  select(node: string | null, how: SelectHow = 'jump'): void {
    const target = node !== null && this.graph.hasNode(node) ? node : null;
    const state = this.store.get();
    const trail =
      target === null ? [] : how === 'follow' ? followTrail(state.trail, state.selected, target) : jumpTrail(target);
    this.store.update({ selected: target, cursor: null, trail });
  }

  /** Moves the camera so that the node sits in the middle of the canvas. */
  centreOn(node: string, duration = 400): Promise<void> {
    const data = this.renderer.getNodeDisplayData(node);
    if (!data) return Promise.resolve();
    const camera = this.renderer.getCamera();
    return camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.8) }, { duration });
  }

  /** Computes the path the state asks for and stores its result. */
  findPath(): void {
    const { path } = this.store.get();
    if (!path.from || !path.to) {
      this.store.update({ pathResult: { nodes: [], edges: [], message: null } });
      return;
    }
    try {
      const found = shortestPath(this.graph, path.from, path.to, { edgeKinds: [...path.via] });
      this.store.update({
        pathResult: found
          ? { nodes: found.nodes.map((n) => n.key), edges: found.edges.map((e) => e.key), message: null }
          : { nodes: [], edges: [], message: 'No path along the chosen edge kinds.' },
      });
    } catch (error) {
      this.store.update({ pathResult: { nodes: [], edges: [], message: (error as Error).message } });
    }
  }

  private makeView(): ReducerView {
    const state = this.store.get();
    const large = this.graph.order >= LARGE_GRAPH;
    return {
      graph: this.graph,
      index: this.index,
      state,
      hidden: hiddenNodes(this.graph, this.index, state.filters),
      focus: focusOf(this.graph, state),
      claimLabels: !large,
      fade: !large,
    };
  }

  private refreshDerived(state: ViewState, changed?: ReadonlySet<keyof ViewState>): void {
    const all = !changed;
    const previous = this.view;
    const hidden = all || changed.has('filters') ? hiddenNodes(this.graph, this.index, state.filters) : previous.hidden;
    const focus =
      all || changed.has('hovered') || changed.has('selected') || changed.has('pathResult')
        ? focusOf(this.graph, state)
        : previous.focus;
    this.view = { ...previous, graph: this.graph, index: this.index, state, hidden, focus };
    if (this.loading) return;
    // On a large graph nothing fades, so a hover, selection or cursor move only changes the
    // nodes and edges around the old and new centres: redraw those alone.
    const local = !all && !this.view.fade && !changed.has('filters') && !changed.has('pathResult');
    if (local) this.scheduleRefresh(changedAround(this.graph, previous.state, state));
    else this.scheduleRefresh(null);
  }

  private pending: { nodes: Set<string>; edges: Set<string> } | null | undefined;

  /** Redraws now on small graphs; on large ones, once per frame, whatever happened during it. */
  private scheduleRefresh(items: { nodes: Set<string>; edges: Set<string> } | null): void {
    if (this.view.fade) {
      this.renderer.refresh({ skipIndexation: true });
      return;
    }
    const first = this.pending === undefined;
    if (items === null || this.pending === null) this.pending = null;
    else if (this.pending === undefined) this.pending = items;
    else {
      for (const node of items.nodes) this.pending.nodes.add(node);
      for (const edge of items.edges) this.pending.edges.add(edge);
    }
    if (!first) return;
    requestAnimationFrame(() => {
      const todo = this.pending;
      this.pending = undefined;
      if (todo === null || todo === undefined) this.renderer.refresh({ skipIndexation: true });
      else
        this.renderer.refresh({
          partialGraph: { nodes: [...todo.nodes], edges: [...todo.edges] },
          skipIndexation: true,
        });
    });
  }

  private onState(state: ViewState, changed: ReadonlySet<keyof ViewState>): void {
    const drawn: (keyof ViewState)[] = ['hovered', 'selected', 'cursor', 'filters', 'pathResult'];
    if (drawn.some((key) => changed.has(key))) this.refreshDerived(state, changed);
    else this.view = { ...this.view, state };
  }

  private bindRendererEvents(): void {
    const { renderer, store } = this;
    renderer.on('enterNode', ({ node }) => store.update({ hovered: node }));
    renderer.on('leaveNode', () => store.update({ hovered: null }));
    renderer.on('clickNode', ({ node }) => {
      const { selected } = store.get();
      const adjacent = selected !== null && selected !== node && this.graph.areNeighbors(selected, node);
      this.select(node, adjacent ? 'follow' : 'jump');
    });
    renderer.on('clickStage', () => this.select(null));
  }
}
