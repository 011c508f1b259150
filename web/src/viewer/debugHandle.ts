// `window.__claimgraph`: a read-mostly handle for the browser tests and the benchmark, so
// that they can assert on the view state and on what the reducers produced instead of on
// pixels alone.
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { ViewName, ViewState } from '../state/types.ts';
import { syntheticGraph } from '../../../src/synth/index.ts';
import { ClaimData } from './graphData.ts';
import type { LayoutPhase } from '../sigma/layout.ts';
import type { Viewer } from './viewer.ts';

export interface DebugHandle {
  state(): ViewState;
  node(key: string): Partial<NodeDisplayData> | undefined;
  edge(key: string): Partial<EdgeDisplayData> | undefined;
  order(): number;
  size(): number;
  source(): string;
  layoutPhase(): LayoutPhase;
  /** Loads a synthetic graph of about `nodes` nodes, shown in `view` (the claim graph by default). */
  loadSynthetic(nodes: number, view?: ViewName): void;
  stopLayout(): void;
  viewer: Viewer;
  /** Time to build the first graph, and when (performance.now()) the renderer first drew it. */
  timings: PageTimings;
  /** The scene drawn: the actor network, the claim graph, or a foreign graph. */
  scene(): string;
  /** Resolves once the work a state change left for later tasks (table, timeline, redraws) is done and the edges are drawn. */
  settled(): Promise<void>;
}

export interface PageTimings {
  buildMs: number;
  firstRenderAt: number;
}

declare global {
  interface Window {
    __claimgraph?: DebugHandle;
  }
}

export function exposeDebugHandle(viewer: Viewer, timings: PageTimings): void {
  window.__claimgraph = {
    state: () => viewer.store.get(),
    node: (key) => viewer.renderer.getNodeDisplayData(key),
    edge: (key) => viewer.renderer.getEdgeDisplayData(key),
    order: () => viewer.graph.order,
    size: () => viewer.graph.size,
    source: () => viewer.source,
    layoutPhase: () => viewer.layoutPhase,
    loadSynthetic: (nodes, view = 'claims') =>
      viewer.load(new ClaimData(syntheticGraph(nodes)), `synthetic-${nodes}`, { view }),
    stopLayout: () => viewer.layout?.stop(),
    viewer,
    timings,
    scene: () => viewer.scene.name,
    settled: () => viewer.settled(),
  };
}
