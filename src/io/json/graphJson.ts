// graphology's own JSON serialisation (graph.export() / graph.import()) of a claim graph.
// Import feeds each node and edge to checkedGraph.ts, so a hand-edited file is validated and
// rebuilt like any other input (one graph, built once). Browser-safe: string in, string out.
import { show, type ClaimGraph } from '../../model/index.ts';
import { GraphChecker, formatError } from '../checkedGraph.ts';
import { isGraphologyJson } from '../sniff.ts';

const MODULE = 'claimgraph/io/json/graphJson';

export function graphToJson(graph: ClaimGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
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
  const checker = new GraphChecker(source, MODULE);
  const { nodes, edges } = data as { nodes: unknown[]; edges: unknown[] };
  nodes.forEach((node, i) => addNode(checker, node, i));
  edges.forEach((edge, i) => addEdge(checker, edge, i));
  return checker.graph();
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** One item of graphology JSON's "nodes" array into the checker (graph.import's rules: a key, optional attributes). */
export function addNode(checker: GraphChecker, node: unknown, index: number): void {
  const { key, attributes = {} } = (isObject(node) ? node : {}) as { key?: unknown; attributes?: unknown };
  if (typeof key !== 'string' && typeof key !== 'number')
    return checker.problem(`nodes[${index}]: key: ${show(key)}: expected a string`);
  if (!isObject(attributes))
    return checker.problem(`nodes[${index}]: attributes: ${show(attributes)}: expected an object`);
  checker.node(String(key), attributes);
}

/** One item of graphology JSON's "edges" array into the checker. */
export function addEdge(checker: GraphChecker, edge: unknown, index: number): void {
  const {
    key,
    source,
    target,
    attributes = {},
    undirected = false,
  } = (isObject(edge) ? edge : {}) as Record<string, unknown>;
  for (const [name, value] of [
    ['source', source],
    ['target', target],
  ] as const) {
    if (typeof value !== 'string' && typeof value !== 'number')
      return checker.problem(`edges[${index}]: ${name}: ${show(value)}: expected a node key`);
  }
  if (key !== undefined && typeof key !== 'string' && typeof key !== 'number')
    return checker.problem(`edges[${index}]: key: ${show(key)}: expected a string`);
  if (!isObject(attributes))
    return checker.problem(`edges[${index}]: attributes: ${show(attributes)}: expected an object`);
  checker.edge(
    key === undefined ? undefined : String(key),
    String(source),
    String(target),
    attributes,
    undirected === true,
  );
}
