// The layout: ForceAtlas2 in a web worker for a time that grows with the graph, then
// noverlap (also in a worker) so that nodes drawn at their on-screen size do not cover one
// another. The page stays responsive throughout; sigma redraws as positions arrive.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

export type LayoutPhase = 'forceatlas2' | 'noverlap' | 'done' | 'stopped';

export interface LayoutRun {
  done: Promise<LayoutPhase>;
  phase(): LayoutPhase;
  stop(): void;
}

export interface LayoutOptions {
  /** Node key → the room, in pixels, a node needs on screen: its radius, plus its label's for labelled nodes. */
  sizeOf: (node: string) => number;
  /** The canvas's smaller side in pixels, less the stage padding: turns pixel sizes into graph units. */
  viewportSize: number;
  /** The camera ratio the graph is first shown at (above 1: zoomed out). */
  cameraRatio: number;
  onPhase?: (phase: LayoutPhase) => void;
  /** How strongly an edge pulls its ends together (ForceAtlas2's edge weight); default 1. */
  edgeWeight?: (edge: string, attrs: Attributes) => number;
  /** ForceAtlas2 settings that replace the defaults below. */
  forceAtlas?: Partial<ForceAtlas2Settings>;
}

/** How long ForceAtlas2 runs: enough to settle a small graph, bounded for large ones. */
export function forceAtlasDuration(order: number): number {
  return Math.round(Math.min(8000, 1200 + 0.25 * order));
}

/** The larger side of the graph's bounding box, in graph units. */
export function extent(graph: Graph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, attrs) => {
    const { x, y } = attrs as unknown as { x: number; y: number };
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Math.max(maxX - minX, maxY - minY, 1);
}

export function runLayout(graph: Graph, options: LayoutOptions): LayoutRun {
  let phase: LayoutPhase = 'forceatlas2';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let noverlap: NoverlapLayout | undefined;
  let finish: (phase: LayoutPhase) => void = () => {};
  const done = new Promise<LayoutPhase>((resolve) => (finish = resolve));
  const setPhase = (next: LayoutPhase): void => {
    phase = next;
    options.onPhase?.(next);
    if (next === 'done' || next === 'stopped') finish(next);
  };

  const fa2 = new FA2Layout(graph, {
    getEdgeWeight: options.edgeWeight ?? 1,
    settings: {
      ...inferSettings(graph),
      gravity: 0.5,
      scalingRatio: 20,
      barnesHutOptimize: graph.order > 2000,
      ...options.forceAtlas,
    },
  });
  fa2.start();
  timer = setTimeout(() => {
    fa2.kill();
    if (phase !== 'forceatlas2') return;
    setPhase('noverlap');
    // Sigma fits the graph's extent into the viewport, then the camera ratio shrinks it.
    const scale = (extent(graph) * options.cameraRatio) / Math.max(options.viewportSize, 100);
    noverlap = new NoverlapLayout(graph, {
      inputReducer: (node, attrs) => ({ x: attrs.x, y: attrs.y, size: options.sizeOf(node) * scale * 1.2 }),
      settings: { margin: 2 * scale, ratio: 1, expansion: 1.1 },
      onConverged: () => {
        noverlap?.kill();
        if (phase === 'noverlap') setPhase('done');
      },
    });
    noverlap.start();
    // A graph whose nodes cannot all be pulled apart never converges: bound the step.
    timer = setTimeout(() => {
      noverlap?.kill();
      if (phase === 'noverlap') setPhase('done');
    }, 4000);
  }, forceAtlasDuration(graph.order));

  return {
    done,
    phase: () => phase,
    stop: () => {
      clearTimeout(timer);
      fa2.kill();
      noverlap?.kill();
      if (phase !== 'done') setPhase('stopped');
    },
  };
}
