// statements@1 as JSON text: the interchange format of SPEC.md §1, projected from a graph.
// Files say their offset unit (`"offsets": "utf16"`, an additive field) right after the format.
import { OFFSET_UNIT, toStatements, type ClaimGraph, type StatementsFile } from '../../model/index.ts';

export function statementsToJson(data: StatementsFile): string {
  const { format, offsets: _unit, ...rest } = data;
  return `${JSON.stringify({ format, offsets: OFFSET_UNIT, ...rest }, null, 2)}\n`;
}

export function graphToStatementsJson(graph: ClaimGraph): string {
  return statementsToJson(toStatements(graph));
}
