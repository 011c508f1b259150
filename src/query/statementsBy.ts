// statementsBy: the statements an actor made, in document order; with `includeMembers`,
// also those of its members, transitively along memberOf (Russia with Lavrov).
import { isStance } from '../model/kinds.ts';
import type { ClaimGraph } from '../model/types.ts';
import { actorScope } from './actorScope.ts';
import { sortInDocumentOrder } from './order.ts';
import { statementRef } from './refs.ts';
import type { StatementRef } from './types.ts';

const MODULE = 'claimgraph/query/statementsBy';

export interface StatementsByOptions {
  /** Also the statements of the actor's members, and of their members. Default false. */
  includeMembers?: boolean;
}

export function statementsBy(graph: ClaimGraph, actorKey: string, options?: StatementsByOptions): StatementRef[] {
  const speakers = actorScope(MODULE, graph, actorKey, options);
  const statements: StatementRef[] = [];
  for (const speaker of speakers) {
    graph.forEachOutEdge(speaker, (_edge, attrs, _source, claim) => {
      if (isStance(attrs.kind)) statements.push(statementRef(MODULE, graph, claim));
    });
  }
  return sortInDocumentOrder(graph, statements);
}
