// responseChain: the response chain of a claim in both directions: what it answers, and
// what that answers, and so on (responds edges followed forward), and what answers it,
// and what answers those (responds edges followed backward). Lavrov's accusation and
// Kerry's denial of it form one chain, found from either end. Each side is in walk
// order: nearest first, then document order within a depth.
import type { ClaimGraph } from '../model/types.ts';
import { documentOrder } from './order.ts';
import { statementRef } from './refs.ts';
import type { ChainLink, Direction, ResponseChain } from './types.ts';
import { assertGraph, assertNode, depthOption, readOptions } from './validate.ts';
import { walk } from './walk.ts';

const MODULE = 'claimgraph/query/responseChain';

export interface ResponseChainOptions {
  /** How many responds-steps to follow each way. Default Infinity (the whole chain). */
  depth?: number;
}

export function responseChain(graph: ClaimGraph, claimKey: string, options?: ResponseChainOptions): ResponseChain {
  assertGraph(MODULE, graph);
  assertNode(MODULE, graph, claimKey, 'claim');
  const opts = readOptions(MODULE, options, ['depth']);
  const depth = depthOption(MODULE, opts, 'depth', Infinity);
  return {
    claim: statementRef(MODULE, graph, claimKey),
    answers: side(graph, claimKey, 'out', depth),
    answeredBy: side(graph, claimKey, 'in', depth),
  };
}

function side(graph: ClaimGraph, claim: string, direction: Direction, depth: number): ChainLink[] {
  const order = documentOrder(graph);
  return walk(graph, claim, ['responds'], direction, depth)
    .slice(1)
    .map(({ node, depth }) => ({ depth, statement: statementRef(MODULE, graph, node) }))
    .sort((a, b) => a.depth - b.depth || order(a.statement, b.statement));
}
