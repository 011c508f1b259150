// The viewer's core: the loaded graph (a claim graph with its derived data, or a foreign
// graph), one sigma renderer, one view-state store, and the scene the renderer draws: the
// actor network, the full claim graph, or a foreign graph as it is. It keeps each scene's
// derived sets in step with the state, redraws no more than a change needs, lays each scene
// out once, and swaps graphs as a whole so a failed load never leaves half a graph on screen.
// A filter change is worked out in a task of its own (../schedule/later.ts) and, on a large
// graph, redrawn over several, a slice of the nodes it shows or hides at a time, so that
// input is never held up for long.
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodePointProgram } from 'sigma/rendering';
import { createClaimGraph, type ClaimGraph } from '../../../src/model/index.ts';
import { shortestPath } from '../../../src/query/index.ts';
import { parseActorLinkKey } from '../../../src/corpus/queries/index.ts';
import { buildGraphIndex, type GraphIndex } from '../reducers/graphIndex.ts';
import { CHANGE_RING_COLOR } from '../reducers/actorReducers.ts';
import { ActorScene } from '../scenes/actorScene.ts';
import { ClaimScene } from '../scenes/claimScene.ts';
import { PlainScene } from '../scenes/plainScene.ts';
import type { Redraw, Scene, SceneName } from '../scenes/scene.ts';
import { createLabelDrawer } from '../sigma/labels.ts';
import { hasPositions, seedPositions } from '../sigma/positions.ts';
import { refreshPart } from '../sigma/partialRefresh.ts';
import { EdgeDrawing, keepingEdgeCanvas } from '../sigma/progressiveEdges.ts';
import { rebuildLabelGrid, updateLabelGrid } from '../sigma/labelGrid.ts';
import { runLayout, type LayoutPhase, type LayoutRun } from '../sigma/layout.ts';
import { HOME_CAMERA, LARGE_GRAPH, STAGE_PADDING } from '../sigma/settings.ts';
import { followTrail, jumpTrail, type CameraView, type Store, type ViewState } from '../state/index.ts';
import { Later } from '../schedule/later.ts';
import type { GraphData } from './graphData.ts';

export type SelectHow = 'follow' | 'jump' | 'history';

export interface LoadedGraph {
  data: GraphData;
  source: string;
}

const EMPTY_CLAIMS = createClaimGraph();
/** A task redrawing part of a large graph stops after about this long (ms), leaving the rest to the next. */
const SLICE_MS = 12;
/** Items handed to sigma per partial refresh inside a slice (the clock is read between them). */
const SLICE_ITEMS = 500;
const EMPTY_INDEX = buildGraphIndex(EMPTY_CLAIMS);

/** The scene a state asks for on this data: a foreign graph has only its own; a corpus opens on its actors. */
export function sceneNameFor(data: GraphData, state: Pick<ViewState, 'view'>): SceneName {
  if (data.kind === 'plain') return 'plain';
  return state.view ?? (data.isCorpus ? 'actors' : 'claims');
}

/**
 * Sets a setting that sigma reads only when events come (edge events), without the full
 * re-index of every node and edge that setSetting does; through setSetting if sigma's
 * settings object is not where it was.
 */
function setWithoutRefresh<K extends keyof Settings>(renderer: Sigma, key: K, value: Settings[K]): void {
  const internal = (renderer as unknown as { settings?: Settings }).settings;
  if (internal && typeof internal === 'object' && key in internal) internal[key] = value;
  else renderer.setSetting(key, value);
}

export class Viewer {
  data: GraphData;
  source: string;
  scene: Scene;
  readonly renderer: Sigma;
  layout: LayoutRun | null = null;
  layoutPhase: LayoutPhase = 'done';
  /** performance.now() when the current graph was first drawn. */
  shownAt = 0;
  private loading = false;
  private scenes = new Map<SceneName, Scene>();
  private laidOut = new Set<Scene>();
  private cameras = new Map<Scene, CameraView>();
  private readonly graphListeners = new Set<(loaded: LoadedGraph) => void>();
  private readonly phaseListeners = new Set<(phase: LayoutPhase) => void>();
  private readonly sceneListeners = new Set<(scene: Scene) => void>();
  private readonly drawingListeners = new Set<(what: string | null) => void>();
  /** Work after a state change that can wait for a task of its own (shared with the page around the viewer). */
  readonly later = new Later();
  /** The edges of a large graph, drawn over several frames after sigma's (../sigma/progressiveEdges.ts). */
  readonly edges = new EdgeDrawing();
  /** What changed in the state since the scene was last brought up to date, while a deferred update waits. */
  private sceneChanges = new Set<keyof ViewState>();
  /** Nodes to redraw, each with its edges, over the next tasks; `next` is where the next slice starts. */
  private slices: { nodes: readonly string[]; next: number; edges: string[] | null; edgeNext: number }[] = [];

  constructor(
    readonly container: HTMLElement,
    data: GraphData,
    source: string,
    readonly store: Store,
  ) {
    this.data = data;
    this.source = source;
    this.scene = this.sceneFor(sceneNameFor(data, store.get()));
    const positioned = hasPositions(this.scene.graph);
    seedPositions(this.scene.graph);
    if (!positioned && this.scene.layOutNow?.(this.viewportSize(), (this.scene.home ?? HOME_CAMERA).ratio))
      this.laidOut.add(this.scene);
    const labels = createLabelDrawer((x, width) => this.scene.labelSide?.(x, width) ?? 'right');
    // The edge canvas keeps its drawing between frames (edges drawn in parts); edge picking
    // is set up for the scenes that use it (the actor network's curved edges) and off for the
    // claim graph's programs, whichever scene comes first.
    const settings = this.scene.settings();
    this.renderer = keepingEdgeCanvas(
      () =>
        new Sigma(this.scene.graph, container, {
          ...settings,
          enableEdgeEvents: true,
          nodeProgramClasses: {
            point: NodePointProgram,
            ringed: createNodeBorderProgram({
              borders: [
                { size: { attribute: 'ring', defaultValue: 0 }, color: { value: CHANGE_RING_COLOR } },
                { size: { fill: true }, color: { attribute: 'color' } },
              ],
            }),
          },
          edgeProgramClasses: {
            ...this.edges.programs(),
            curved: createEdgeCurveProgram({
              arrowHead: { extremity: 'target', lengthToThicknessRatio: 2.5, widenessToThicknessRatio: 2 },
              drawLabel: labels.drawEdge,
            }),
          },
          defaultDrawNodeLabel: labels.draw,
          nodeReducer: (node, attrs) => this.scene.reduceNode(node, attrs),
          edgeReducer: (edge, attrs) => this.scene.reduceEdge(edge, attrs),
        }),
    );
    setWithoutRefresh(this.renderer, 'enableEdgeEvents', settings.enableEdgeEvents ?? false);
    this.edges.attach(this.renderer);
    this.edges.onProgress((drawn, total) =>
      this.drawingNow(drawn < total ? `Drawing edges… ${Math.floor((100 * drawn) / total)}%` : null),
    );
    this.shownAt = performance.now();
    this.renderer.on('beforeRender', labels.reset);
    // The stage's other parts (timeline, table) take room after start-up: follow the container's size.
    new ResizeObserver(() => {
      this.renderer.resize();
      this.renderer.refresh({ skipIndexation: true });
    }).observe(container);
    this.bindRendererEvents();
    store.subscribe((state, changed) => this.onState(state, changed));
    this.prepare(this.scene);
  }

  /** The claim graph (an empty one when a foreign graph is shown): what the panel, search and queries read. */
  get graph(): ClaimGraph {
    return this.data.kind === 'claims' ? this.data.graph : EMPTY_CLAIMS;
  }

  get index(): GraphIndex {
    return this.data.kind === 'claims' ? this.data.index : EMPTY_INDEX;
  }

  private sceneFor(name: SceneName): Scene {
    let scene = this.scenes.get(name);
    if (!scene) {
      const { data } = this;
      const state = this.store.get();
      if (data.kind === 'plain') scene = new PlainScene(data.graph, state);
      else scene = name === 'actors' ? new ActorScene(data, state) : new ClaimScene(data, state);
      this.scenes.set(name, scene);
    }
    return scene;
  }

  /** Replaces the graph. The caller has built it fully; nothing is touched if making its first scene throws. */
  load(data: GraphData, source: string, keep: Partial<ViewState> = {}): void {
    const previous = { data: this.data, scenes: this.scenes };
    this.data = data;
    this.scenes = new Map();
    let scene: Scene;
    try {
      scene = this.sceneFor(sceneNameFor(data, { ...this.store.get(), ...keep }));
    } catch (error) {
      [this.data, this.scenes] = [previous.data, previous.scenes];
      throw error;
    }
    this.layout?.stop();
    this.laidOut = new Set();
    this.cameras = new Map();
    this.slices = [];
    this.sceneChanges.clear();
    this.source = source;
    // Until sigma holds the new graph, a refresh would run the new reducers over the old
    // graph's items: hold refreshes back while the state is reset.
    this.loading = true;
    try {
      this.store.update({
        hovered: null,
        selected: null,
        cursor: null,
        trail: [],
        pathResult: { nodes: [], edges: [], message: null },
        ...keep,
      });
    } finally {
      this.loading = false;
    }
    this.show(scene, true);
    this.shownAt = performance.now();
    for (const listener of this.graphListeners) listener({ data, source });
  }

  /** Shows the scene the state asks for, if it is not the one shown. */
  private syncScene(state: ViewState): void {
    const wanted = sceneNameFor(this.data, state);
    if (wanted !== this.scene.name) this.show(this.sceneFor(wanted), false);
  }

  private show(scene: Scene, fresh: boolean): void {
    const camera = this.renderer.getCamera();
    if (!fresh) this.cameras.set(this.scene, camera.getState());
    this.layout?.stop();
    this.scene = scene;
    // The new scene is brought up to date whole: what was queued for the old one is moot.
    this.slices = [];
    this.sceneChanges.clear();
    scene.update(this.store.get(), null);
    let positioned = hasPositions(scene.graph);
    seedPositions(scene.graph);
    if (!positioned && scene.layOutNow?.(this.viewportSize(), (scene.home ?? HOME_CAMERA).ratio)) {
      positioned = true;
      this.laidOut.add(scene);
    }
    this.renderer.setGraph(scene.graph);
    // One update: each setSetting of sigma's re-indexes every node and edge at once.
    this.renderer.setSettings(scene.settings());
    camera.setState(this.cameras.get(scene) ?? scene.home ?? HOME_CAMERA);
    for (const listener of this.sceneListeners) listener(scene);
    if (!positioned && !this.laidOut.has(scene)) void this.startLayout();
    this.prepare(scene);
  }

  /** Lets the scene get ready for filter changes once the page is idle. */
  private prepare(scene: Scene): void {
    if (scene.prepare) this.later.run('prepare', () => scene.prepare?.());
  }

  private viewportSize(): number {
    const { width, height } = this.container.getBoundingClientRect();
    return (Math.min(width, height) || 800) - 2 * STAGE_PADDING;
  }

  /** Lays the scene out in workers unless it was laid out at once when shown. */
  ensureLayout(): void {
    if (!this.laidOut.has(this.scene)) {
      void this.startLayout();
      return;
    }
    this.layoutPhase = 'done';
    for (const listener of this.phaseListeners) listener('done');
  }

  startLayout(): LayoutRun {
    this.layout?.stop();
    const scene = this.scene;
    this.laidOut.add(scene);
    const run = runLayout(scene.graph, {
      sizeOf: (node) => scene.sizeOf(node),
      edgeWeight: (edge, attrs) => scene.edgeWeight(edge, attrs),
      ...(scene.forceAtlas ? { forceAtlas: scene.forceAtlas } : {}),
      viewportSize: this.viewportSize(),
      cameraRatio: (scene.home ?? HOME_CAMERA).ratio,
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

  onScene(listener: (scene: Scene) => void): void {
    this.sceneListeners.add(listener);
  }

  /**
   * Tells `listener` what of the graph is still being drawn after a change (a filter worked
   * out in slices, the edges drawn in parts), or null once the picture is whole.
   */
  onDrawing(listener: (what: string | null) => void): void {
    this.drawingListeners.add(listener);
  }

  private drawingNow(what: string | null): void {
    for (const listener of this.drawingListeners) listener(what);
  }

  /** Resolves once the work a state change left for later is done and the edges are drawn whole. */
  async settled(): Promise<void> {
    await this.later.settled();
    await this.edges.done();
  }

  /** Whether `key` can be selected: a node of the loaded graph, or an edge of the actor network. */
  knows(key: string): boolean {
    if (this.data.kind === 'plain') return this.data.graph.hasNode(key);
    if (this.data.graph.hasNode(key)) return true;
    return parseActorLinkKey(key) !== undefined && this.data.claimsOfLink(key).length > 0;
  }

  select(key: string | null, how: SelectHow = 'jump'): void {
    const target = key !== null && this.knows(key) ? key : null;
    const state = this.store.get();
    const trail =
      target === null ? [] : how === 'follow' ? followTrail(state.trail, state.selected, target) : jumpTrail(target);
    this.store.update({ selected: target, cursor: null, trail });
  }

  /** Moves the camera so that the selection (or what stands for it in this scene) sits in the middle. */
  centreOn(key: string, duration = 400): Promise<void> {
    // The actor network is shown whole: moving it for each selection would only disorient.
    if (this.scene.name === 'actors') return Promise.resolve();
    const anchor = this.scene.anchor(key);
    const data = anchor === null ? undefined : this.renderer.getNodeDisplayData(anchor);
    if (!data) return Promise.resolve();
    const camera = this.renderer.getCamera();
    return camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.8) }, { duration });
  }

  /** Computes the path the state asks for and stores its result. */
  findPath(): void {
    const { path } = this.store.get();
    if (!path.from || !path.to || this.data.kind !== 'claims') {
      this.store.update({ pathResult: { nodes: [], edges: [], message: null } });
      return;
    }
    try {
      const found = shortestPath(this.data.graph, path.from, path.to, { edgeKinds: [...path.via] });
      this.store.update({
        pathResult: found
          ? { nodes: found.nodes.map((n) => n.key), edges: found.edges.map((e) => e.key), message: null }
          : { nodes: [], edges: [], message: 'No path along the chosen edge kinds.' },
      });
    } catch (error) {
      this.store.update({ pathResult: { nodes: [], edges: [], message: (error as Error).message } });
    }
  }

  private pending: { nodes: Set<string>; edges: Set<string> } | null | undefined;

  /**
   * Redraws now on small graphs; on large ones, once per frame, whatever happened during it
   * (the nodes around a hover or selection, with the label grid brought up to date for them);
   * nodes with their edges (a filter change) a slice per task.
   */
  private redraw(what: Redraw): void {
    if (what === 'none' || this.loading) return;
    if (this.scene.graph.order < LARGE_GRAPH || what === 'all') this.slices = [];
    if (this.scene.graph.order < LARGE_GRAPH) {
      this.renderer.refresh({ skipIndexation: true });
      return;
    }
    if (what !== 'all' && 'withEdges' in what) {
      if (!what.withEdges.length) return;
      this.slices.push({ nodes: what.withEdges, next: 0, edges: null, edgeNext: 0 });
      this.drawingNow('Applying filters…');
      this.later.runNext('redraw', () => this.redrawSlice());
      return;
    }
    const first = this.pending === undefined;
    if (what === 'all' || this.pending === null) this.pending = null;
    else if (this.pending === undefined) this.pending = what;
    else {
      for (const node of what.nodes) this.pending.nodes.add(node);
      for (const edge of what.edges) this.pending.edges.add(edge);
    }
    if (!first) return;
    requestAnimationFrame(() => {
      const todo = this.pending;
      this.pending = undefined;
      if (todo === null || todo === undefined) this.renderer.refresh({ skipIndexation: true });
      else {
        const nodes = [...todo.nodes];
        this.renderer.refresh({
          partialGraph: { nodes, edges: [...todo.edges] },
          skipIndexation: true,
          schedule: true,
        });
        // The labels of the nodes redrawn changed (a claim of the focus is labelled): sigma's
        // label grid, filled only by a full refresh, learns of them before this frame is drawn
        // (an empty partial refresh draws now, in place of the frame the first one scheduled).
        updateLabelGrid(this.renderer, nodes);
        // Drawn whole: the edges would otherwise vanish and grow again under the pointer.
        this.edges.drawWholeNext();
        this.renderer.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
      }
    });
  }

  /**
   * Redraws queued nodes and their edges for about SLICE_MS; true while some remain. An
   * actor's thousands of edges may span several slices. Sigma draws once, after the last
   * slice (../sigma/partialRefresh.ts), whose task also refills the label grid with the nodes
   * now shown (../sigma/labelGrid.ts).
   */
  private redrawSlice(): boolean {
    const graph = this.scene.graph;
    const deadline = performance.now() + SLICE_MS;
    while (this.slices.length && performance.now() < deadline) {
      const nodes: string[] = [];
      const edges: string[] = [];
      while (this.slices.length && nodes.length + edges.length < SLICE_ITEMS) {
        const slice = this.slices[0]!;
        if (slice.edges === null) {
          const node = slice.nodes[slice.next]!;
          if (graph.hasNode(node)) {
            nodes.push(node);
            slice.edges = graph.edges(node);
            slice.edgeNext = 0;
          } else slice.next++;
        } else {
          const take = Math.min(slice.edges.length - slice.edgeNext, SLICE_ITEMS - nodes.length - edges.length);
          for (let i = 0; i < take; i++) edges.push(slice.edges[slice.edgeNext + i]!);
          slice.edgeNext += take;
          if (slice.edgeNext >= slice.edges.length) {
            slice.edges = null;
            slice.next++;
          }
        }
        if (slice.next >= slice.nodes.length) this.slices.shift();
      }
      const last = this.slices.length === 0;
      refreshPart(this.renderer, { nodes, edges }, { draw: last });
      if (last) {
        rebuildLabelGrid(this.renderer);
        this.drawingNow(null);
      }
    }
    return this.slices.length > 0;
  }

  private onState(state: ViewState, changed: ReadonlySet<keyof ViewState>): void {
    if (this.loading) return;
    if (changed.has('view')) this.syncScene(state);
    // A filter change (and whatever comes after it before it is worked out) waits for a task of its own.
    if (changed.has('filters') || changed.has('minStatements') || this.later.has('scene')) {
      for (const key of changed) this.sceneChanges.add(key);
      this.later.run('scene', () => {
        const changes = this.sceneChanges;
        this.sceneChanges = new Set();
        if (changes.size) this.redrawLater(this.scene.update(this.store.get(), changes));
      });
      return;
    }
    this.redraw(this.scene.update(state, changed));
  }

  /** A redraw in a task after this one (the scene's update and sigma's refresh each take one). */
  private redrawLater(what: Redraw): void {
    if (what === 'none') return;
    if (typeof what === 'object' && 'withEdges' in what) return this.redraw(what);
    this.later.runNext('refresh', () => this.redraw(what));
  }

  private bindRendererEvents(): void {
    const { renderer, store } = this;
    renderer.on('enterNode', ({ node }) => store.update({ hovered: node }));
    renderer.on('leaveNode', () => store.update({ hovered: null }));
    renderer.on('enterEdge', ({ edge }) => store.update({ hovered: edge }));
    renderer.on('leaveEdge', () => store.update({ hovered: null }));
    renderer.on('clickNode', ({ node }) => {
      const { selected } = store.get();
      const graph = this.scene.graph;
      const adjacent =
        selected !== null && selected !== node && graph.hasNode(selected) && graph.areNeighbors(selected, node);
      this.select(node, adjacent ? 'follow' : 'jump');
    });
    renderer.on('clickEdge', ({ edge }) => this.select(edge, 'jump'));
    renderer.on('clickStage', () => this.select(null));
  }
}
