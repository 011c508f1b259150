// shortestPath: a shortest path between two actors along chosen edge kinds, found by
// graphology-shortest-path's bidirectional BFS on an EdgeKindView (no copy of the graph).
// Undirected by default, since "who asserted what about whom" runs actor → claim → actor
// against and along edges; `directed: true` follows edges source → target only. Returns
// the nodes and the edges walked (each as stored, with its kind), or null when the two
// are not connected that way. Among several shortest paths, the one the search meets
// first in graphology's neighbour order.
import { bidirectional } from 'graphology-shortest-path';
import { EDGE_KINDS, type EdgeKind } from '../model/kinds.ts';
import type { ClaimGraph } from '../model/types.ts';
import { EdgeKindView } from './edgeKindView.ts';
import type { Path, PathEdge } from './types.ts';
import { assertGraph, assertNode, booleanOption, edgeKindsOption, readOptions } from './validate.ts';

const MODULE = 'claimgraph/query/shortestPath';

export interface ShortestPathOptions {
  /** Edge kinds the path may use; between parallel edges the kind listed first is reported. Default: every kind. */
  edgeKinds?: readonly EdgeKind[];
  /** Follow edges only from source to target. Default false. */
  directed?: boolean;
}

export function shortestPath(
  graph: ClaimGraph,
  fromActor: string,
  toActor: string,
  options?: ShortestPathOptions,
): Path | null {
  assertGraph(MODULE, graph);
  assertNode(MODULE, graph, fromActor, 'actor');
  assertNode(MODULE, graph, toActor, 'actor');
  const opts = readOptions(MODULE, options, ['edgeKinds', 'directed']);
  const edgeKinds = edgeKindsOption(MODULE, opts, 'edgeKinds', EDGE_KINDS);
  const directed = booleanOption(MODULE, opts, 'directed', false);

  const view = new EdgeKindView(graph, edgeKinds, directed ? 'out' : 'both');
  const nodes = bidirectional(view.asGraph(), fromActor, toActor);
  if (!nodes) return null;
  const edges: PathEdge[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const key = view.stepEdge(nodes[i - 1] as string, nodes[i] as string) as string;
    edges.push({
      key,
      kind: graph.getEdgeAttribute(key, 'kind'),
      source: graph.source(key),
      target: graph.target(key),
    });
  }
  return {
    nodes: nodes.map((key) => {
      const attrs = graph.getNodeAttributes(key);
      return { key, kind: attrs.kind, label: attrs.label };
    }),
    edges,
  };
}
