// Opening a graph file whatever it holds: a claim graph (checked and rebuilt as every import
// is), or someone else's graph (a Gephi sample, a network export) that claimgraph cannot read
// as claims but can still show as it is, with its own attributes. A file that means to be a
// claim graph and is broken is still refused with its problems. Browser-safe: text in.
import type Graph from 'graphology';
import type { ClaimGraph } from '../model/index.ts';
import { checkedClaimGraph, notAClaimGraph } from './checkedGraph.ts';
import { decodeClaimColumns, gexfToRawGraph } from './gexf/parse.ts';
import { jsonToRawGraph } from './json/graphJson.ts';

const MODULE = 'claimgraph/io/plainGraph';

export type OpenedGraph =
  | { kind: 'claims'; graph: ClaimGraph }
  /** `reason`: one line saying why it is not a claim graph. */
  | { kind: 'plain'; graph: Graph; reason: string };

/** `claims`: the graph read as claimgraph attributes; `raw`: as the file gives them (shown when plain). */
function opened(claims: Graph, raw: Graph, source: string): OpenedGraph {
  const reason = notAClaimGraph(claims);
  if (reason !== undefined && raw.order > 0) return { kind: 'plain', graph: raw, reason };
  return { kind: 'claims', graph: checkedClaimGraph(claims, source, MODULE) };
}

/** GEXF: a claim graph, or a plain graph with the attributes the file gives its nodes and edges. */
export function gexfToAnyGraph(xml: string, source = 'GEXF'): OpenedGraph {
  const raw = gexfToRawGraph(xml, source);
  return opened(decodeClaimColumns(raw), raw, source);
}

/** graphology JSON (text or parsed data): a claim graph, or a plain graph. */
export function jsonToAnyGraph(input: string | unknown, source = 'graph JSON'): OpenedGraph {
  const graph = jsonToRawGraph(input, source);
  return opened(graph, graph, source);
}
