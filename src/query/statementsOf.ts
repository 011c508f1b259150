// statementsOf: the statements of the given claims (e.g. the claims behind an edge of the
// actor network), as full StatementRefs in document order. Reads only those claims' edges.
import { QueryError } from '../errors.ts';
import type { ClaimGraph } from '../model/types.ts';
import { sortInDocumentOrder } from './order.ts';
import { statementRef } from './refs.ts';
import type { StatementRef } from './types.ts';
import { assertGraph, assertNode, describeValue, readOptions } from './validate.ts';

const MODULE = 'claimgraph/query/statementsOf';

export function statementsOf(
  graph: ClaimGraph,
  claims: readonly string[],
  options?: Record<string, never>,
): StatementRef[] {
  assertGraph(MODULE, graph);
  if (!Array.isArray(claims))
    throw new QueryError(MODULE, `expected a list of claim keys, got ${describeValue(claims)}`, claims);
  readOptions(MODULE, options, []);
  for (const claim of claims) assertNode(MODULE, graph, claim, 'claim');
  return sortInDocumentOrder(
    graph,
    [...new Set(claims)].map((claim) => statementRef(MODULE, graph, claim)),
  );
}
