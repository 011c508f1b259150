// Opening a graph file whatever it holds: a claim graph (read and checked by gexfToGraph or
// jsonToGraph, as every import is), or someone else's graph (a Gephi sample, a network
// export) that claimgraph cannot read as claims but can still show as it is, with its own
// attributes. A file that means to be a claim graph (some node has a claimgraph kind) and is
// broken is still refused with its problems. Browser-safe: text in.
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { FormatError } from '../errors.ts';
import { NODE_KINDS, isNodeKind, type ClaimGraph } from '../model/index.ts';
import { gexfToGraph } from './gexf/index.ts';
import { graphFromText, jsonFormat, notAGraph, parseJson, sniffText } from './graphText.ts';
import { isGraphologyJson, jsonToGraph } from './json/index.ts';

export type OpenedGraph =
  | { kind: 'claims'; graph: ClaimGraph }
  /** `reason`: one line saying why it is not a claim graph. */
  | { kind: 'plain'; graph: Graph; reason: string };

/**
 * Why a graph is not a claim graph at all (one line), or undefined when it is meant to be
 * one: a graph none of whose nodes has a claimgraph kind is someone else's graph, not a
 * broken claim graph, and a problem listed per node would bury the one thing to say.
 */
export function notAClaimGraph(graph: Graph): string | undefined {
  if (graph.someNode((_key, attrs) => isNodeKind(attrs.kind))) return undefined;
  if (!graph.order) return 'is not a claimgraph graph: it has no nodes';
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const kinds = `${NODE_KINDS.slice(0, -1).join(', ')} or ${NODE_KINDS.at(-1)}`;
  return `is not a claimgraph graph: none of its nodes has a "kind" of ${kinds} (a plain graph of ${count(graph.order, 'node')} and ${count(graph.size, 'edge')})`;
}

/** Reads it as a claim graph; if that fails and the raw graph has no claimgraph kind at all, it is a plain graph. */
function claimsOrPlain(readClaims: () => ClaimGraph, readRaw: () => Graph | undefined): OpenedGraph {
  try {
    return { kind: 'claims', graph: readClaims() };
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    let raw: Graph | undefined;
    try {
      raw = readRaw();
    } catch {
      throw error;
    }
    const reason = raw === undefined ? undefined : notAClaimGraph(raw);
    if (raw === undefined || reason === undefined || raw.order === 0) throw error;
    return { kind: 'plain', graph: raw, reason };
  }
}

/** GEXF: a claim graph, or a plain graph with the attributes graphology-gexf reads from the file. */
export function gexfToAnyGraph(xml: string, source = 'GEXF'): OpenedGraph {
  // Only a file the strict reader refused is parsed again, leniently, to see what it is.
  return claimsOrPlain(
    () => gexfToGraph(xml, source),
    () => parse(Graph, xml),
  );
}

/** graphology JSON (text or parsed data): a claim graph, or a plain graph. */
export function jsonToAnyGraph(input: string | unknown, source = 'graph JSON'): OpenedGraph {
  return claimsOrPlain(
    () => jsonToGraph(input, source),
    () => {
      const data = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
      if (!isGraphologyJson(data)) return undefined;
      const { nodes, edges, options } = data as { nodes: []; edges: []; options?: { type?: string } };
      const type = options?.type === 'directed' || options?.type === 'undirected' ? options.type : 'mixed';
      const graph = new Graph({ type, multi: true, allowSelfLoops: true });
      graph.import({ nodes, edges });
      return graph;
    },
  );
}

/** A graph text recognised by its content (graphText.ts): a claim graph, or a plain GEXF or graphology JSON graph. */
export function anyGraphFromText(text: string, source: string): OpenedGraph {
  const kind = sniffText(text);
  if (kind === 'xml') return gexfToAnyGraph(text, source);
  if (kind === 'text') throw notAGraph(source);
  const data = parseJson(text, source);
  if (jsonFormat(data, source) === 'json') return jsonToAnyGraph(data, source);
  return { kind: 'claims', graph: graphFromText(text, source) };
}
