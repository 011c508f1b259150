// Breadth-first walk from a node along chosen edge kinds, to a chosen depth: graphology-
// traversal's bfsFromNode run on an EdgeKindView. reach, responseChain and membersOf are
// this walk; arguments are checked by the callers. bfsFromNode sizes its queue to the
// whole graph on every call (about 5 ms at 1M nodes, see bench/query.bench.ts), so the
// memberOf chain upwards, which is a chain and not a search, is followed directly.
import { bfsFromNode } from 'graphology-traversal';
import type { EdgeKind } from '../model/kinds.ts';
import type { ClaimGraph } from '../model/types.ts';
import { EdgeKindView } from './edgeKindView.ts';
import type { Direction } from './types.ts';

export interface Visit {
  node: string;
  depth: number;
}

/** Every node within `maxDepth` steps of `start` (itself first, at depth 0), in visit order. */
export function walk(
  graph: ClaimGraph,
  start: string,
  kinds: readonly EdgeKind[],
  direction: Direction,
  maxDepth = Infinity,
): Visit[] {
  const visits: Visit[] = [];
  const view = new EdgeKindView(graph, kinds, direction);
  bfsFromNode(view.asGraph(), start, (node, _attributes, depth) => {
    visits.push({ node, depth });
    return depth >= maxDepth;
  });
  return visits;
}

/** The actors that are members of `actor`, directly or through other members, nearest first. */
export function membersOf(graph: ClaimGraph, actor: string): string[] {
  return walk(graph, actor, ['memberOf'], 'in')
    .slice(1)
    .map((visit) => visit.node);
}

/**
 * The organisations `actor` speaks for, up its memberOf chain, nearest first. An actor
 * has at most one memberOf (statements@1 `memberOf` is one id); a cycle, which validation
 * refuses but a hand-edited graph could hold, ends the chain.
 */
export function speaksFor(graph: ClaimGraph, actor: string): string[] {
  const chain: string[] = [];
  const seen = new Set([actor]);
  let at: string | undefined = actor;
  while (at !== undefined) {
    let parent: string | undefined;
    graph.forEachOutEdge(at, (_edge, attrs, _source, target) => {
      if (attrs.kind === 'memberOf' && parent === undefined) parent = target;
    });
    if (parent === undefined || seen.has(parent)) break;
    seen.add(parent);
    chain.push(parent);
    at = parent;
  }
  return chain;
}
