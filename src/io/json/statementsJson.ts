// statements@1 as JSON text: the interchange format of SPEC.md §1, projected from a graph.
import { toStatements, type ClaimGraph } from '../../model/index.ts';

export function graphToStatementsJson(graph: ClaimGraph): string {
  return `${JSON.stringify(toStatements(graph), null, 2)}\n`;
}
