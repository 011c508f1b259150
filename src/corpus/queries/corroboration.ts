// corroboration: how many documents (and outlets) report a claim, and which reported it
// first. The claims of one cluster are linked by `corroborates` edges to the cluster's
// head, so the cost follows the cluster's size. corroborations lists every cluster.
import { QueryError } from '../../errors.ts';
import type { ClaimGraph, ClaimNode } from '../../model/index.ts';
import { assertGraph, assertNode, readOptions } from '../../query/validate.ts';
import { byPublication, reportOf, type ClaimReport } from './reports.ts';

const MODULE = 'claimgraph/corpus/corroboration';

export interface Corroboration {
  /** The cluster's head claim (its first report in the graph), and its speaker and content. */
  head: string;
  speaker: string;
  stance: string;
  text: string;
  /** Every report, in publication order; `first` is reports[0]. */
  reports: ClaimReport[];
  documents: number;
  outlets: number;
  first: ClaimReport;
}

function headOf(graph: ClaimGraph, claim: string): string {
  for (const edge of graph.outEdges(claim)) {
    if (graph.getEdgeAttribute(edge, 'kind') === 'corroborates') return graph.target(edge);
  }
  return claim;
}

function describe(graph: ClaimGraph, head: string): Corroboration {
  const members = [head];
  graph.forEachInEdge(head, (_edge, attrs, source) => {
    if (attrs.kind === 'corroborates') members.push(source);
  });
  const reports = members.map((claim) => reportOf(graph, claim)).sort(byPublication);
  let speaker = '';
  let stance = '';
  graph.forEachInEdge(head, (_edge, attrs, source) => {
    if (attrs.kind === 'asserts' || attrs.kind === 'accuses' || attrs.kind === 'denies' || attrs.kind === 'rejects')
      [speaker, stance] = [source, attrs.kind];
  });
  return {
    head,
    speaker,
    stance,
    text: (graph.getNodeAttributes(head) as ClaimNode).text,
    reports,
    documents: new Set(reports.map((r) => r.doc)).size,
    outlets: new Set(reports.map((r) => r.outlet ?? `doc:${r.doc}`)).size,
    first: reports[0] as ClaimReport,
  };
}

/** The corroboration of the claim `claimKey` (any member of its cluster). A claim no other document reports has one report. */
export function corroboration(graph: ClaimGraph, claimKey: string): Corroboration {
  assertGraph(MODULE, graph);
  assertNode(MODULE, graph, claimKey, 'claim');
  return describe(graph, headOf(graph, claimKey));
}

export interface CorroborationsOptions {
  /** Only clusters reported by at least this many documents. Default 2. */
  minDocuments?: number;
  /** Only claims of this speaker (an actor key). */
  speaker?: string;
}

/** Every cluster with at least `minDocuments` documents, the most corroborated first (then by first publication). */
export function corroborations(graph: ClaimGraph, options?: CorroborationsOptions): Corroboration[] {
  assertGraph(MODULE, graph);
  const opts = readOptions(MODULE, options, ['minDocuments', 'speaker']);
  const min = opts.minDocuments ?? 2;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1) {
    throw new QueryError(MODULE, `option minDocuments: expected a whole number ≥ 1, got ${JSON.stringify(min)}`, min);
  }
  if (opts.speaker !== undefined) assertNode(MODULE, graph, opts.speaker, 'actor');
  const heads = new Set<string>();
  const candidates = opts.speaker !== undefined ? graph.outNeighbors(opts.speaker as string) : graph.nodes();
  for (const claim of candidates) {
    if (graph.getNodeAttribute(claim, 'kind') !== 'claim') continue;
    heads.add(headOf(graph, claim));
  }
  return [...heads]
    .map((head) => describe(graph, head))
    .filter((c) => c.documents >= min && (opts.speaker === undefined || c.speaker === opts.speaker))
    .sort((a, b) => b.documents - a.documents || byPublication(a.first, b.first));
}
