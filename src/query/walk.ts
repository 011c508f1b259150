// Breadth-first walk from a node along chosen edge kinds, to a chosen depth: graphology-
// traversal's bfsFromNode run on an EdgeKindView. reach, responseChain and the memberOf
// closures (members, speaksFor) are all this walk; arguments are checked by the callers.
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

/** The organisations `actor` speaks for, up its memberOf chain, nearest first. */
export function speaksFor(graph: ClaimGraph, actor: string): string[] {
  return walk(graph, actor, ['memberOf'], 'out')
    .slice(1)
    .map((visit) => visit.node);
}
