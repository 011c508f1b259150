// statementsAbout: the statements whose claim is about the actor or accuses it (an
// about or targets edge to the actor), in document order, each statement once; with
// `includeMembers`, also those about its members, transitively along memberOf.
import type { ClaimGraph } from '../model/types.ts';
import { actorScope } from './actorScope.ts';
import { sortInDocumentOrder } from './order.ts';
import { statementRef } from './refs.ts';
import type { StatementRef } from './types.ts';

const MODULE = 'claimgraph/query/statementsAbout';

export interface StatementsAboutOptions {
  /** Also the statements about the actor's members, and their members. Default false. */
  includeMembers?: boolean;
}

export function statementsAbout(graph: ClaimGraph, actorKey: string, options?: StatementsAboutOptions): StatementRef[] {
  const subjects = actorScope(MODULE, graph, actorKey, options);
  const claims = new Set<string>();
  for (const subject of subjects) {
    graph.forEachInEdge(subject, (_edge, attrs, claim) => {
      if (attrs.kind === 'about' || attrs.kind === 'targets') claims.add(claim);
    });
  }
  return sortInDocumentOrder(
    graph,
    [...claims].map((claim) => statementRef(MODULE, graph, claim)),
  );
}
