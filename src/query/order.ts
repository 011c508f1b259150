// The order of every statement list the queries return: document order. Documents come
// by publication date (undated ones last), then by id; inside a document, statements
// come in reading order (their evidence sentence, then their cue, then their content).
// For a graph built from statements in reading order (buildGraph of an annotation or of
// the extractor's output) this is the graph's insertion order. It is computed from the
// statements themselves rather than from insertion order because graphology exposes no
// node index: recovering insertion order would cost a scan of the whole graph, and the
// actor-centred queries must only read the actor's neighbourhood.
import { docKey } from '../model/keys.ts';
import type { ClaimGraph, DocumentNode } from '../model/types.ts';
import type { Span } from '../model/schema.ts';

/** What the order reads from a statement (a StatementRef has it all). */
export interface Placed {
  claim: string;
  doc: string;
  cue: Span | null;
  evidence: Span;
  content: Span;
  /**
   * The document's publication date ('' when undated) when the caller has already read it;
   * without it the document node is looked up (once per document and comparator).
   */
  published?: string;
}

const UNDATED = '\uffff';

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
      const node = graph?.hasNode(key) ? (graph.getNodeAttributes(key) as DocumentNode) : undefined;
      date = node?.published ?? UNDATED;
      dates.set(doc, date);
    }
    return date;
  };
  const dateFor = (item: Placed): string =>
    item.published === undefined ? dateOf(item.doc) : item.published || UNDATED;
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
