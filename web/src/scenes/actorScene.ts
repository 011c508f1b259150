// The actor network (see ../reducers/actorNetwork.ts and actorReducers.ts): actors only,
// one curved edge per stance and direction with its statement count, edges clickable. The
// counts follow the filters; the layout is computed once for the whole corpus.
import type { Attributes } from 'graphology-types';
import { rowFilter } from '../filters/rowFilter.ts';
import { buildActorGraph, countShown, type ActorDisplayGraph } from '../reducers/actorNetwork.ts';
import {
  actorFocus,
  actorShown,
  reduceActorEdge,
  reduceActorNode,
  strongestLinks,
  type ActorReducerView,
} from '../reducers/actorReducers.ts';
import { parseActorLinkKey } from '../../../src/corpus/queries/index.ts';
import { rendererSettings } from '../sigma/settings.ts';
import type { ViewState } from '../state/types.ts';
import type { ClaimData } from '../viewer/graphData.ts';
import type { Redraw, Scene } from './scene.ts';

/** Edge counts written at rest: the strongest edges only, so that labels never pile up. */
const LABELLED_EDGES = 40;

export class ActorScene implements Scene {
  readonly name = 'actors';
  readonly graph: ActorDisplayGraph;
  private view: ActorReducerView;

  constructor(
    private readonly data: ClaimData,
    state: ViewState,
  ) {
    this.graph = buildActorGraph(data.links, (actor) => data.index.actorKindOf.get(actor));
    this.view = this.derive(state);
  }

  private derive(state: ViewState): ActorReducerView {
    const counts = countShown(this.data.links, rowFilter(this.data.index, state.filters));
    const kinds = new Set<string>(state.filters.actorKinds);
    const base = { graph: this.graph, counts, kinds };
    return {
      ...base,
      focus: actorFocus(base, state, this.data.claimLinks),
      changes: this.changesIn(state),
      state,
      labelled: strongestLinks(base, LABELLED_EDGES),
    };
  }

  /** Changes of position whose denial passes the filters, counted per actor. */
  private changesIn(state: ViewState): Map<string, number> {
    const test = rowFilter(this.data.index, state.filters);
    const rows = new Map(this.data.rows.map((row) => [row.claim, row]));
    const changes = new Map<string, number>();
    for (const change of this.data.changes) {
      const row = rows.get(change.denial.claim);
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
      edgeLabelWeight: '600',
      edgeLabelColor: { color: '#1d1d1d' },
      labelDensity: 1,
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
    if (changed === null || changed.has('filters')) {
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

  sizeOf(node: string): number {
    // Every actor is labelled: leave room for the label beside it.
    const label = String(this.graph.getNodeAttribute(node, 'label') ?? '');
    return 18 + Math.min(label.length, 24) * 3.5;
  }

  edgeWeight(edge: string): number {
    return Math.log2(1 + (this.view.counts.links.get(edge)?.statements ?? 1));
  }

  neighbours(node: string): string[] {
    if (!this.graph.hasNode(node)) return [];
    return this.graph
      .neighbors(node)
      .filter((other) => actorShown(this.view, other))
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
