// The actor network as the viewer draws it: a graph of the actors that stand at either end
// of some statement (from the library's prepareActorLinks), one curved edge per stance and
// direction, its curvature chosen so that parallel edges between two actors never overlap.
// The graph holds every edge of the corpus, laid out once; the filters only change the
// counts the reducers read (countActorLinks), so the picture stays put while one filters.
import { MultiDirectedGraph } from 'graphology';
import {
  COUNTERPART_RULES,
  countActorLinks,
  type CountedNetwork,
  type PreparedRow,
} from '../../../src/corpus/queries/index.ts';
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

/** The counts under the current filters, with the largest ones (for sizes). */
export interface ActorCounts extends CountedNetwork {
  maxLink: number;
  maxActor: number;
}

export function countShown(prepared: readonly PreparedRow[], test: RowTest | undefined): ActorCounts {
  const counted = countActorLinks(prepared, test);
  let maxLink = 1;
  let maxActor = 1;
  for (const link of counted.links.values()) maxLink = Math.max(maxLink, link.statements);
  for (const actor of counted.actors.values()) maxActor = Math.max(maxActor, actor.made + actor.received);
  return { ...counted, maxLink, maxActor };
}
