// The actor network as the viewer draws it: a graph of the actors that stand at either end
// of some statement (from the library's prepareActorLinks), one curved edge per stance and
// direction, its curvature chosen so that parallel edges between two actors never overlap.
// The graph holds every edge of the corpus, laid out once; the filters only change the
// counts the reducers read (countActorLinks), so the picture stays put while one filters.
import { MultiDirectedGraph } from 'graphology';
import { COUNTERPART_RULES, countActorLinks, type PreparedRow } from '../../../src/corpus/queries/index.ts';
import type { ActorRef, StatementRow } from '../../../src/query/index.ts';
import type { ActorKind, Stance } from '../../../src/model/index.ts';
import type { RowTest } from '../filters/rowFilter.ts';

export interface ActorDisplayNode {
  kind: 'actor';
  label: string;
  actorKind: ActorKind;
  x?: number;
  y?: number;
}

export interface ActorDisplayEdge {
  stance: Stance;
  type: 'curved';
  curvature: number;
}

export type ActorDisplayGraph = MultiDirectedGraph<ActorDisplayNode, ActorDisplayEdge>;

/** How each stance's edges read: "accuses", "asserts about". */
export const STANCE_READS = new Map(COUNTERPART_RULES.map((rule) => [rule.stance, rule.reads]));

const CURVATURE = { first: 0.12, step: 0.22 } as const;

export function buildActorGraph(
  prepared: readonly PreparedRow[],
  kindOf: (actor: string) => ActorKind | undefined,
): ActorDisplayGraph {
  const graph: ActorDisplayGraph = new MultiDirectedGraph();
  const counted = countActorLinks(prepared);
  const parallel = new Map<string, number>();
  for (const link of counted.links.values()) {
    for (const end of [link.from, link.to]) {
      if (!graph.hasNode(end.key))
        graph.addNode(end.key, { kind: 'actor', label: end.label, actorKind: kindOf(end.key) ?? 'other' });
    }
    // Edges of one direction between two actors fan out; the other direction curves the other way.
    const pair = `${link.from.key}\u0000${link.to.key}`;
    const rank = parallel.get(pair) ?? 0;
    parallel.set(pair, rank + 1);
    graph.addDirectedEdgeWithKey(link.key, link.from.key, link.to.key, {
      stance: link.stance,
      type: 'curved',
      curvature: CURVATURE.first + CURVATURE.step * rank,
    });
  }
  return graph;
}

/** An edge of the network with the statements behind it under the current filters. */
export interface ShownLink {
  key: string;
  stance: Stance;
  from: ActorRef;
  to: ActorRef;
  statements: number;
}

/** The counts under the current filters, with the largest ones (for sizes). */
export interface ActorCounts {
  /** The edges with some statement left, in the order their first statement comes. */
  links: Map<string, ShownLink>;
  /** Actor key → statements made and received on the edges, for actors with some. */
  actors: Map<string, { made: number; received: number }>;
  maxLink: number;
  maxActor: number;
}

/**
 * Counts the network's edges under a filter, often: who each statement is between (the
 * library's prepareActorLinks) is read once into integer arrays, so that a filter change is
 * one pass of additions over them, with no claim lists or document sets built on the way
 * (the library's countActorLinks builds those for the command line and the panel).
 */
export class ActorTally {
  private readonly rows: readonly StatementRow[];
  /** Row r's edges are ends[start[r] .. start[r + 1]): edge index and the actor at the other end. */
  private readonly start: Int32Array;
  private readonly linkAt: Int32Array;
  private readonly otherAt: Int32Array;
  private readonly speakerOf: Int32Array;
  private readonly links: Omit<ShownLink, 'statements'>[] = [];
  private readonly actors: string[] = [];

  constructor(prepared: readonly PreparedRow[]) {
    const linkIndex = new Map<string, number>();
    const actorIndex = new Map<string, number>();
    const actor = (ref: ActorRef): number => {
      let i = actorIndex.get(ref.key);
      if (i === undefined) actorIndex.set(ref.key, (i = this.actors.push(ref.key) - 1));
      return i;
    };
    this.rows = prepared.map((p) => p.row);
    this.start = new Int32Array(prepared.length + 1);
    const links: number[] = [];
    const others: number[] = [];
    this.speakerOf = new Int32Array(prepared.length);
    prepared.forEach(({ row, others: ends, links: keys }, r) => {
      this.start[r] = links.length;
      this.speakerOf[r] = actor(row.speaker);
      ends.forEach((other, k) => {
        const key = keys[k]!;
        let at = linkIndex.get(key);
        if (at === undefined) {
          linkIndex.set(key, (at = this.links.length));
          this.links.push({ key, stance: row.stance, from: row.speaker, to: other });
        }
        links.push(at);
        others.push(actor(other));
      });
    });
    this.start[prepared.length] = links.length;
    this.linkAt = Int32Array.from(links);
    this.otherAt = Int32Array.from(others);
  }

  /** The counts of the rows `test` keeps (all without one). */
  count(test?: RowTest): ActorCounts {
    const statements = new Int32Array(this.links.length);
    const made = new Int32Array(this.actors.length);
    const received = new Int32Array(this.actors.length);
    for (let r = 0; r < this.rows.length; r++) {
      if (test && !test(this.rows[r]!)) continue;
      made[this.speakerOf[r]!]!++;
      for (let k = this.start[r]!; k < this.start[r + 1]!; k++) {
        statements[this.linkAt[k]!]!++;
        received[this.otherAt[k]!]!++;
      }
    }
    const links = new Map<string, ShownLink>();
    let maxLink = 1;
    this.links.forEach((link, i) => {
      const n = statements[i]!;
      if (!n) return;
      links.set(link.key, { ...link, statements: n });
      maxLink = Math.max(maxLink, n);
    });
    const actors = new Map<string, { made: number; received: number }>();
    let maxActor = 1;
    this.actors.forEach((key, i) => {
      if (!made[i] && !received[i]) return;
      actors.set(key, { made: made[i]!, received: received[i]! });
      maxActor = Math.max(maxActor, made[i]! + received[i]!);
    });
    return { links, actors, maxLink, maxActor };
  }
}
