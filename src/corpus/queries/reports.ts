// Where a claim was reported: its document, publication date and outlet. Shared by the
// corpus queries, which order reports by publication date (undated reports last).
import type { ClaimGraph, ClaimNode, DocumentNode } from '../../model/index.ts';
import { docKey } from '../../model/index.ts';

export interface ClaimReport {
  claim: string;
  doc: string;
  published?: string;
  outlet?: string;
}

export function reportOf(graph: ClaimGraph, claim: string): ClaimReport {
  const node = graph.getNodeAttributes(claim) as ClaimNode;
  const key = docKey(node.doc);
  const doc = graph.hasNode(key) ? (graph.getNodeAttributes(key) as DocumentNode) : undefined;
  const report: ClaimReport = { claim, doc: node.doc };
  if (doc?.published !== undefined) report.published = doc.published;
  if (doc?.outlet !== undefined) report.outlet = doc.outlet;
  return report;
}

export function byPublication(a: ClaimReport, b: ClaimReport): number {
  const pa = a.published ?? '\uffff';
  const pb = b.published ?? '\uffff';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0;
}
