// statementsBy: the statements an actor made, in document order; with `includeMembers`,
// also those of its members, transitively along memberOf (Russia with Lavrov).
import { isStance } from '../model/kinds.ts';
import type { ClaimGraph } from '../model/types.ts';
import { sortInDocumentOrder } from './order.ts';
import { statementRef } from './refs.ts';
import type { StatementRef } from './types.ts';
import { assertGraph, assertNode, booleanOption, readOptions } from './validate.ts';
import { membersOf } from './walk.ts';

const MODULE = 'claimgraph/query/statementsBy';

export interface StatementsByOptions {
  /** Also the statements of the actor's members, and of their members. Default false. */
  includeMembers?: boolean;
}

export function statementsBy(graph: ClaimGraph, actorKey: string, options?: StatementsByOptions): StatementRef[] {
  assertGraph(MODULE, graph);
  assertNode(MODULE, graph, actorKey, 'actor');
  const opts = readOptions(MODULE, options, ['includeMembers']);
  const includeMembers = booleanOption(MODULE, opts, 'includeMembers', false);

  const speakers = includeMembers ? [actorKey, ...membersOf(graph, actorKey)] : [actorKey];
  const statements: StatementRef[] = [];
  for (const speaker of speakers) {
    graph.forEachOutEdge(speaker, (_edge, attrs, _source, claim) => {
      if (isStance(attrs.kind)) statements.push(statementRef(MODULE, graph, claim));
    });
  }
  return sortInDocumentOrder(graph, statements);
}
