// reach: the nodes within `depth` steps of an actor along chosen edge kinds, walked out
// (along the edges), in (against them) or both ways, breadth-first with graphology-
// traversal's bfsFromNode. The actor itself comes first, at depth 0; then nodes in visit
// order (by depth; within a depth, graphology's neighbour order).
import { EDGE_KINDS } from '../model/kinds.ts';
import type { EdgeKind } from '../model/kinds.ts';
import type { ClaimGraph } from '../model/types.ts';
import { DIRECTIONS, type Direction, type ReachedNode } from './types.ts';
import { assertGraph, assertNode, choiceOption, depthOption, edgeKindsOption, readOptions } from './validate.ts';
import { walk } from './walk.ts';

const MODULE = 'claimgraph/query/reach';

export const REACH_DEFAULTS = { edgeKinds: EDGE_KINDS, depth: 2, direction: 'both' } as const;

export interface ReachOptions {
  /** Edge kinds to follow. Default: every kind. */
  edgeKinds?: readonly EdgeKind[];
  /** How many steps; Infinity for no limit. Default 2 (actor → claim → actor). */
  depth?: number;
  /** Default `both`. */
  direction?: Direction;
}

export function reach(graph: ClaimGraph, actorKey: string, options?: ReachOptions): ReachedNode[] {
  assertGraph(MODULE, graph);
  assertNode(MODULE, graph, actorKey, 'actor');
  const opts = readOptions(MODULE, options, ['edgeKinds', 'depth', 'direction']);
  const edgeKinds = edgeKindsOption(MODULE, opts, 'edgeKinds', REACH_DEFAULTS.edgeKinds);
  const depth = depthOption(MODULE, opts, 'depth', REACH_DEFAULTS.depth);
  const direction = choiceOption(MODULE, opts, 'direction', DIRECTIONS, REACH_DEFAULTS.direction);

  return walk(graph, actorKey, edgeKinds, direction, depth).map(({ node, depth: at }) => {
    const attrs = graph.getNodeAttributes(node);
    return { key: node, kind: attrs.kind, label: attrs.label, depth: at };
  });
}
