// The order of every statement list the queries return: document order. Documents come
// by publication date (parsed by src/time, so `Thu, 01 Dec 2016` and `2016-12-01` are the
// same day; undated ones last), then by id; inside a document, statements
// come in reading order (their evidence sentence, then their cue, then their content).
// For a graph built from statements in reading order (buildGraph of an annotation or of
// the extractor's output) this is the graph's insertion order. It is computed from the
// statements themselves rather than from insertion order because graphology exposes no
// node index: recovering insertion order would cost a scan of the whole graph, and the
// actor-centred queries must only read the actor's neighbourhood.
import { docKey } from '../model/keys.ts';
import type { ClaimGraph, DocumentNode } from '../model/types.ts';
import type { Span } from '../model/schema.ts';
import { UNDATED_KEY, dateKey, documentDate } from '../time/index.ts';

/** What the order reads from a statement (a StatementRef has it all). */
export interface Placed {
  claim: string;
  doc: string;
  cue: Span | null;
  evidence: Span;
  content: Span;
  /**
   * The document's date key (src/time dateKey) when the caller has already read it; without
   * it the document node is looked up (once per document and comparator).
   */
  dateKey?: string;
}

/** The sort key of a document's publication date (UNDATED_KEY when it has none). */
export function documentDateKey(doc: DocumentNode | undefined): string {
  return doc === undefined ? UNDATED_KEY : dateKey(documentDate(doc));
}

/**
 * A comparator in document order; publication dates are read once per document (without a
 * graph, every item must carry its date: the store reads it with the statement).
 */
export function documentOrder(graph?: ClaimGraph): (a: Placed, b: Placed) => number {
  const dates = new Map<string, string>();
  const dateOf = (doc: string): string => {
    let date = dates.get(doc);
    if (date === undefined) {
      const key = docKey(doc);
      date = documentDateKey(graph?.hasNode(key) ? (graph.getNodeAttributes(key) as DocumentNode) : undefined);
      dates.set(doc, date);
    }
    return date;
  };
  const dateFor = (item: Placed): string => item.dateKey ?? dateOf(item.doc);
  return (a, b) =>
    compare(dateFor(a), dateFor(b)) ||
    compare(a.doc, b.doc) ||
    a.evidence.start - b.evidence.start ||
    cuePosition(a) - cuePosition(b) ||
    a.content.start - b.content.start ||
    compare(a.claim, b.claim);
}

/** Sorts in place, in document order, and returns the array. */
export function sortInDocumentOrder<T extends Placed>(graph: ClaimGraph, items: T[]): T[] {
  return items.sort(documentOrder(graph));
}

/** An implicit statement has no cue: its content stands in for it. */
function cuePosition(item: Placed): number {
  return item.cue?.start ?? item.content.start;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
