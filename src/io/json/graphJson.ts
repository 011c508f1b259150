// graphology's own JSON serialisation (graph.export() / graph.import()) of a claim graph.
// Import goes through checkedGraph.ts, so a hand-edited file is validated and rebuilt like
// any other input. Browser-safe: string in, string out.
import Graph from 'graphology';
import type { ClaimGraph } from '../../model/index.ts';
import { checkedClaimGraph, formatError } from '../checkedGraph.ts';

const MODULE = 'claimgraph/io/json/graphJson';

export function graphToJson(graph: ClaimGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}

/** True when parsed JSON looks like graphology's serialisation (nodes and edges arrays). */
export function isGraphologyJson(data: unknown): boolean {
  const { nodes, edges } = (data ?? {}) as { nodes?: unknown; edges?: unknown };
  return typeof data === 'object' && !Array.isArray(data) && Array.isArray(nodes) && Array.isArray(edges);
}

/** Reads graphology JSON, given as text or as already parsed data. */
export function jsonToGraph(input: string | unknown, source = 'graph JSON'): ClaimGraph {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw formatError(MODULE, source, [`not valid JSON (${(error as Error).message})`]);
    }
  }
  if (!isGraphologyJson(data))
    throw formatError(MODULE, source, ['not graphology JSON: it needs "nodes" and "edges" arrays']);
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  try {
    graph.import({ nodes: (data as { nodes: [] }).nodes, edges: (data as { edges: [] }).edges });
  } catch (error) {
    throw formatError(MODULE, source, [(error as Error).message]);
  }
  return checkedClaimGraph(graph, source, MODULE);
}
