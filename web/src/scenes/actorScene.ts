// The actor network (see ../reducers/actorNetwork.ts and actorReducers.ts): actors only,
// one curved edge per stance and direction with its statement count, edges clickable. The
// counts follow the filters; the layout is computed once for the whole corpus.
import type { Attributes } from 'graphology-types';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { ACTOR_KINDS } from '../../../src/model/index.ts';
import { rowFilter } from '../filters/rowFilter.ts';
import { ActorTally, buildActorGraph, type ActorCounts, type ActorDisplayGraph } from '../reducers/actorNetwork.ts';
import {
  actorFocus,
  actorShown,
  drawnDegrees,
  readableThreshold,
  reduceActorEdge,
  reduceActorNode,
  strongestLinks,
  type ActorReducerView,
} from '../reducers/actorReducers.ts';
import { parseActorLinkKey } from '../../../src/corpus/queries/index.ts';
import { ringPositions } from '../sigma/ring.ts';
import { rendererSettings } from '../sigma/settings.ts';
import type { ViewState } from '../state/types.ts';
import type { ClaimData } from '../viewer/graphData.ts';
import type { Redraw, Scene } from './scene.ts';

/** Edge counts written at rest: the strongest edges only, so that labels never pile up. */
const LABELLED_EDGES = 40;
/** Edges drawn when the user has not chosen a minimum: enough to see the structure, few enough to read it. */
export const READABLE_EDGES = 70;

export class ActorScene implements Scene {
  readonly name = 'actors';
  /**
   * A few actors with short labels: the network can use the whole canvas, under the band of
   * the view switch at its top.
   */
  readonly home = { x: 0.5, y: 0.55, ratio: 1.2, angle: 0 };
  readonly graph: ActorDisplayGraph;
  private view: ActorReducerView;
  /** The counts of the whole corpus, unfiltered: the layout follows them, so that filtering never moves an actor. */
  private readonly whole: ActorCounts;
  private readonly wholeThreshold: number;
  private readonly tally: ActorTally;

  constructor(
    private readonly data: ClaimData,
    state: ViewState,
  ) {
    this.graph = buildActorGraph(data.links, (actor) => data.index.actorKindOf.get(actor));
    this.tally = new ActorTally(data.links);
    this.whole = this.tally.count();
    this.wholeThreshold = readableThreshold(
      { graph: this.graph, counts: this.whole, kinds: new Set(ACTOR_KINDS) },
      READABLE_EDGES,
    );
    this.view = this.derive(state);
  }

  /** The minimum of statements per drawn edge: the user's, or the readable one. */
  threshold = 1;

  private derive(state: ViewState): ActorReducerView {
    const counts = this.tally.count(rowFilter(this.data.index, state.filters));
    const kinds = new Set<string>(state.filters.actorKinds);
    this.threshold = state.minStatements ?? readableThreshold({ graph: this.graph, counts, kinds }, READABLE_EDGES);
    const base = { graph: this.graph, counts, kinds, threshold: this.threshold };
    return {
      ...base,
      focus: actorFocus(base, state, this.data.claimLinks),
      changes: this.changesIn(state),
      state,
      labelled: strongestLinks(base, LABELLED_EDGES),
      degree: drawnDegrees(base),
    };
  }

  /** Changes of position whose denial passes the filters, counted per actor. */
  private changesIn(state: ViewState): Map<string, number> {
    const test = rowFilter(this.data.index, state.filters);
    const changes = new Map<string, number>();
    for (const change of this.data.changes) {
      const row = this.data.rowOf(change.denial.claim);
      if (row && test(row)) changes.set(change.actor, (changes.get(change.actor) ?? 0) + 1);
    }
    return changes;
  }

  settings() {
    return {
      ...rendererSettings(this.graph.order),
      defaultEdgeType: 'curved',
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      edgeLabelSize: 12,
      edgeLabelFont: '"DejaVu Sans", system-ui, sans-serif',
      edgeLabelWeight: '600',
      edgeLabelColor: { color: '#1d1d1d' },
      // Every actor deserves its name: the label drawer (../sigma/labels.ts) keeps labels from covering one another.
      labelDensity: 100,
      labelGridCellSize: 30,
      // Labels go beside the ring, not above or below it: little room is needed there.
      labelSize: 12,
      stagePadding: 12,
      labelRenderedSizeThreshold: 0,
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
    };
  }

  reduceNode(node: string, data: Attributes) {
    return reduceActorNode(this.view, node, data);
  }

  reduceEdge(edge: string, data: Attributes) {
    return reduceActorEdge(this.view, edge, data);
  }

  update(state: ViewState, changed: ReadonlySet<keyof ViewState> | null): Redraw {
    if (changed === null || changed.has('filters') || changed.has('minStatements')) {
      this.view = this.derive(state);
      return 'all';
    }
    const drawn: (keyof ViewState)[] = ['hovered', 'selected', 'cursor'];
    if (!drawn.some((key) => changed.has(key))) {
      this.view = { ...this.view, state };
      return 'none';
    }
    this.view = { ...this.view, state, focus: actorFocus(this.view, state, this.data.claimLinks) };
    return 'all';
  }

  /** Half the room an actor takes on screen: its disc and, beside it, its label (about 7 px a letter at 12-13 px). */
  sizeOf(node: string): number {
    const label = String(this.graph.getNodeAttribute(node, 'label') ?? '');
    return 12 + Math.min(label.length, 30) * 3.6;
  }

  /**
   * Everyone in a corpus speaks about almost everyone: at equal weights the network is one
   * knot. Only the edges a reader sees at first (those the readable threshold keeps over the
   * whole corpus) pull, in proportion to their statements, and LinLog mode separates the
   * groups they form; the others leave the picture to the strong ties.
   */
  edgeWeight(edge: string): number {
    const statements = this.whole.links.get(edge)?.statements ?? 0;
    return statements >= this.wholeThreshold ? 1 + statements / this.whole.maxLink : 0;
  }

  readonly forceAtlas = { linLogMode: true, gravity: 1, scalingRatio: 4 };

  /** Up to this many actors the network is laid out at once (a few dozen milliseconds), the same way every time. */
  static readonly SYNC_LAYOUT = 600;

  /**
   * A ring of actors: ForceAtlas2 (LinLog) first finds who belongs near whom, then the actors
   * are set on a ring in the order of their angle around the centre, so that related actors
   * sit side by side, no actor covers another, and every label has a line of its own outside
   * the ring (labels on the left half are drawn to the left; ../sigma/ring.ts). Edges are chords, their width and number
   * read without clutter. Deterministic: the same corpus always gives the same picture.
   */
  layOutNow(): boolean {
    const { graph } = this;
    if (graph.order > ActorScene.SYNC_LAYOUT) return false;
    forceAtlas2.assign(graph, {
      iterations: 300,
      getEdgeWeight: (edge) => this.edgeWeight(edge),
      settings: { ...forceAtlas2.inferSettings(graph), ...this.forceAtlas },
    });
    let cx = 0;
    let cy = 0;
    graph.forEachNode((_n, a) => ((cx += a.x ?? 0), (cy += a.y ?? 0)));
    [cx, cy] = [cx / graph.order, cy / graph.order];
    // Clockwise from the top, each label on a line of its own (../sigma/ring.ts).
    const order = graph
      .mapNodes((node, a) => ({ node, angle: Math.atan2((a.y ?? 0) - cy, (a.x ?? 0) - cx) }))
      .sort((a, b) => b.angle - a.angle || (a.node < b.node ? -1 : 1));
    const at = ringPositions(order.length);
    const top = order.findIndex(({ angle }) => angle <= Math.PI / 2);
    const clockwise = [...order.slice(Math.max(0, top)), ...order.slice(0, Math.max(0, top))];
    clockwise.forEach(({ node }, i) => graph.mergeNodeAttributes(node, at[i]!));
    return true;
  }

  /** Labels of actors on the left half of the ring go to the left of their disc. */
  labelSide(x: number, width: number): 'left' | 'right' {
    return x < width / 2 - 4 ? 'left' : 'right';
  }

  neighbours(node: string): string[] {
    if (!this.graph.hasNode(node)) return [];
    return this.graph
      .neighbors(node)
      .filter((other) => actorShown(this.view, other) && this.view.degree.get(other))
      .sort((a, b) => this.graph.getNodeAttribute(a, 'label').localeCompare(this.graph.getNodeAttribute(b, 'label')));
  }

  anchor(key: string): string | null {
    if (this.graph.hasNode(key)) return key;
    const link = parseActorLinkKey(key);
    if (link) return this.graph.hasNode(link.from) ? link.from : null;
    const first = this.data.claimLinks.get(key)?.[0];
    return first !== undefined && this.graph.hasEdge(first) ? this.graph.source(first) : null;
  }
}
