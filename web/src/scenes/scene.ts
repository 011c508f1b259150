// A scene is one way of drawing the loaded graph with the one sigma renderer: the graph it
// draws, its renderer settings, its reducers and the derived sets they read, its layout
// needs and how the arrow keys move in it. The viewer swaps scenes (the claim graph, the
// actor network, a foreign graph); each keeps its own positions and camera.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ViewState } from '../state/types.ts';

export const SCENE_NAMES = ['claims', 'actors', 'plain'] as const;
export type SceneName = (typeof SCENE_NAMES)[number];

/**
 * What to redraw after a state change: nothing, everything, some nodes and edges, or some
 * nodes with every edge of theirs (what a filter change shows or hides on a large graph,
 * redrawn over several tasks).
 */
export type Redraw = 'none' | 'all' | { nodes: Set<string>; edges: Set<string> } | { withEdges: readonly string[] };

export interface Scene {
  readonly name: SceneName;
  readonly graph: Graph;
  /** The camera the scene is first shown with (the viewer's HOME_CAMERA when absent). */
  readonly home?: { x: number; y: number; ratio: number; angle: number };
  /** Renderer settings for this scene (applied when it is shown). */
  settings(): Partial<Settings>;
  reduceNode(node: string, data: Attributes): Partial<NodeDisplayData>;
  reduceEdge(edge: string, data: Attributes): Partial<EdgeDisplayData>;
  /** Brings the derived sets up to date with the state (`changed` null: everything) and says what to redraw. */
  update(state: ViewState, changed: ReadonlySet<keyof ViewState> | null): Redraw;
  /**
   * Work that makes later filter changes cheap, done once in a task of its own after the
   * scene is first shown (so that not the first filter change pays for it).
   */
  prepare?(): void;
  /** The room, in pixels, a node needs on screen, and how strongly an edge pulls (for the layout). */
  sizeOf(node: string): number;
  edgeWeight(edge: string, attrs: Attributes): number;
  /**
   * Lays the scene out at once, on this thread, when it is small enough to take no longer
   * than a frame or two (deterministic: the same graph always looks the same); returns false
   * to have the viewer run the layout in workers instead.
   */
  layOutNow?(viewportSize: number, cameraRatio: number): boolean;
  /** Which side of its node a label goes (`x`: the node on screen; `width`: the canvas); right when absent. */
  labelSide?(x: number, width: number): 'left' | 'right';
  /** ForceAtlas2 settings of this scene, over the layout's defaults. */
  readonly forceAtlas?: Partial<ForceAtlas2Settings>;
  /** The visible neighbours of a node, in the order the arrow keys walk them. */
  neighbours(node: string): string[];
  /** The node to centre on for a selection (a node itself, a claim's speaker, an edge's source), if drawn. */
  anchor(key: string): string | null;
}
