// statementsInDocument: the statements a document reports, in reading order (the
// document's `reports` edges; never a scan of the graph).
import type { ClaimGraph } from '../model/types.ts';
import { sortInDocumentOrder } from './order.ts';
import { statementRef } from './refs.ts';
import type { StatementRef } from './types.ts';
import { assertGraph, assertNode, readOptions } from './validate.ts';

const MODULE = 'claimgraph/query/statementsInDocument';

export function statementsInDocument(
  graph: ClaimGraph,
  docKey: string,
  options?: Record<string, never>,
): StatementRef[] {
  assertGraph(MODULE, graph);
  assertNode(MODULE, graph, docKey, 'document');
  readOptions(MODULE, options, []);
  const statements: StatementRef[] = [];
  graph.forEachOutEdge(docKey, (_edge, attrs, _source, claim) => {
    if (attrs.kind === 'reports') statements.push(statementRef(MODULE, graph, claim));
  });
  return sortInDocumentOrder(graph, statements);
}
