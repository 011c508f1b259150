// accusationsAgainst: the accusations that target the actor (claim —targets→ actor from an
// `accuses` statement), in document order; with `includeMembers`, also those targeting
// its members, transitively along memberOf.
import type { ClaimGraph } from '../model/types.ts';
import { sortInDocumentOrder } from './order.ts';
import { statementRef } from './refs.ts';
import type { StatementRef } from './types.ts';
import { assertGraph, assertNode, booleanOption, readOptions } from './validate.ts';
import { membersOf } from './walk.ts';

const MODULE = 'claimgraph/query/accusationsAgainst';

export interface AccusationsAgainstOptions {
  /** Also the accusations against the actor's members, and their members. Default false. */
  includeMembers?: boolean;
}

export function accusationsAgainst(
  graph: ClaimGraph,
  actorKey: string,
  options?: AccusationsAgainstOptions,
): StatementRef[] {
  assertGraph(MODULE, graph);
  assertNode(MODULE, graph, actorKey, 'actor');
  const opts = readOptions(MODULE, options, ['includeMembers']);
  const includeMembers = booleanOption(MODULE, opts, 'includeMembers', false);

  const accused = includeMembers ? [actorKey, ...membersOf(graph, actorKey)] : [actorKey];
  const claims = new Set<string>();
  for (const actor of accused) {
    graph.forEachInEdge(actor, (_edge, attrs, claim) => {
      if (attrs.kind === 'targets') claims.add(claim);
    });
  }
  const statements = [...claims].map((claim) => statementRef(MODULE, graph, claim));
  return sortInDocumentOrder(
    graph,
    statements.filter((statement) => statement.stance === 'accuses'),
  );
}
