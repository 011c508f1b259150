// A foreign graph (not a claim graph), drawn as its file gives it: its own colours, sizes
// and positions where it has them, grey discs otherwise; hover and selection bring a node's
// neighbourhood forward. No claimgraph filter applies to it.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { orderedNeighbours } from '../keyboard/neighbourCursor.ts';
import { neighbourhood } from '../reducers/focus.ts';
import { FADED_EDGE, FADED_NODE } from '../reducers/palette.ts';
import { rendererSettings } from '../sigma/settings.ts';
import type { ViewState } from '../state/types.ts';
import type { Redraw, Scene } from './scene.ts';

const PLAIN_NODE = '#6b7a8f';
const PLAIN_EDGE = '#c4c9d0';

const finiteOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const colourOr = (value: unknown, fallback: string): string =>
  typeof value === 'string' && value.trim() !== '' ? value : fallback;

export class PlainScene implements Scene {
  readonly name = 'plain';
  private focus: { nodes: Set<string>; edges: Set<string> } = { nodes: new Set(), edges: new Set() };
  private state: ViewState;
  private readonly sizes: { min: number; max: number };

  constructor(
    readonly graph: Graph,
    state: ViewState,
  ) {
    this.state = state;
    let min = Infinity;
    let max = -Infinity;
    graph.forEachNode((_node, attrs) => {
      const size = finiteOr(attrs.size, NaN);
      if (Number.isFinite(size)) [min, max] = [Math.min(min, size), Math.max(max, size)];
    });
    this.sizes = { min, max };
    this.update(state, null);
  }

  settings() {
    return { ...rendererSettings(this.graph.order), labelRenderedSizeThreshold: 6 };
  }

  /** The file's sizes, mapped to 3–20 pixels, so that a file in any unit draws readably. */
  private size(value: unknown): number {
    const size = finiteOr(value, NaN);
    if (!Number.isFinite(size)) return 5;
    const { min, max } = this.sizes;
    return max > min ? 3 + (17 * (size - min)) / (max - min) : 8;
  }

  reduceNode(node: string, data: Attributes): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: typeof data.label === 'string' ? data.label : node,
      color: colourOr(data.color, PLAIN_NODE),
      size: this.size(data.size),
      zIndex: 1,
    };
    if (this.focus.nodes.size && !this.focus.nodes.has(node)) {
      out.color = FADED_NODE;
      out.label = null;
      out.zIndex = 0;
    } else if (this.focus.nodes.size) out.forceLabel = true;
    if (node === this.state.selected || node === this.state.hovered || node === this.state.cursor) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    return out;
  }

  reduceEdge(edge: string, data: Attributes): Partial<EdgeDisplayData> {
    const faded = this.focus.edges.size > 0 && !this.focus.edges.has(edge);
    return {
      color: faded ? FADED_EDGE : colourOr(data.color, PLAIN_EDGE),
      size: Math.min(6, Math.max(1, finiteOr(data.weight, 1))),
      zIndex: faded ? 0 : 1,
    };
  }

  update(state: ViewState, changed: ReadonlySet<keyof ViewState> | null): Redraw {
    this.state = state;
    if (changed !== null && !['hovered', 'selected', 'cursor'].some((key) => changed.has(key as keyof ViewState)))
      return 'none';
    const centre = [state.hovered, state.selected].find((node) => node !== null && this.graph.hasNode(node));
    this.focus = centre ? neighbourhood(this.graph, centre) : { nodes: new Set(), edges: new Set() };
    return 'all';
  }

  sizeOf(node: string): number {
    return this.size(this.graph.getNodeAttribute(node, 'size')) + 10;
  }

  edgeWeight(): number {
    return 1;
  }

  neighbours(node: string): string[] {
    return this.graph.hasNode(node) ? orderedNeighbours(this.graph, node) : [];
  }

  anchor(key: string): string | null {
    return this.graph.hasNode(key) ? key : null;
  }
}
