// Where a claim was reported: its document, publication date and outlet. Shared by the
// corpus queries, which order reports by publication date (parsed by src/time: a feed's
// `Thu, 01 Dec 2016` and an ISO `2016-12-01` are the same day; undated reports last).
import type { ClaimGraph, ClaimNode, DocumentNode } from '../../model/index.ts';
import { docKey } from '../../model/index.ts';
import { compareDates, documentDate, type DocumentDate } from '../../time/index.ts';

export interface ClaimReport {
  claim: string;
  doc: string;
  /** The document's publication date as written. */
  published?: string;
  /** The date read from it (or from the dateline): the day, the time when written, and where it came from. */
  date?: DocumentDate;
  outlet?: string;
}

export function reportOf(graph: ClaimGraph, claim: string): ClaimReport {
  const node = graph.getNodeAttributes(claim) as ClaimNode;
  const key = docKey(node.doc);
  const doc = graph.hasNode(key) ? (graph.getNodeAttributes(key) as DocumentNode) : undefined;
  const report: ClaimReport = { claim, doc: node.doc };
  if (doc?.published !== undefined) report.published = doc.published;
  const date = doc === undefined ? undefined : documentDate(doc);
  if (date !== undefined) report.date = date;
  if (doc?.outlet !== undefined) report.outlet = doc.outlet;
  return report;
}

export function byPublication(a: ClaimReport, b: ClaimReport): number {
  const dates = compareDates(a.date, b.date);
  if (dates !== 0) return dates;
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0;
}
