// accusationsAgainst: the accusations that target the actor (claim —targets→ actor from an
// `accuses` statement), in document order; with `includeMembers`, also those targeting
// its members, transitively along memberOf.
import type { ClaimGraph } from '../model/types.ts';
import { actorScope } from './actorScope.ts';
import { sortInDocumentOrder } from './order.ts';
import { statementRef } from './refs.ts';
import type { StatementRef } from './types.ts';

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
  const accused = actorScope(MODULE, graph, actorKey, options);
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
