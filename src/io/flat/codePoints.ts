// Offsets in code points. claimgraph's offsets are UTF-16 code units (JavaScript string
// indices, SPEC.md); Python, Rust, Java's codePoints and the W3C Web Annotation model count
// code points, so every character outside the Basic Multilingual Plane (emoji, many CJK
// extensions) shifts them by one. The tabular and linked-data exports give both.
import { docKey, type ClaimGraph, type EdgeAttributes, type NodeAttributes } from '../../model/index.ts';

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Converts UTF-16 offsets into one text to code-point offsets. */
export class CodePointOffsets {
  /** Sorted UTF-16 indices of the second half of each surrogate pair. */
  private readonly lows: number[] = [];

  constructor(text: string) {
    for (const match of text.matchAll(SURROGATE_PAIR)) this.lows.push(match.index + 1);
  }

  /**
   * The code-point offset of UTF-16 offset `index`, or undefined when `index` falls between
   * the two halves of a surrogate pair: no code-point offset points there.
   */
  at(index: number): number | undefined {
    let lo = 0;
    let hi = this.lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.lows[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    return this.lows[lo] === index ? undefined : index - lo;
  }

  /** A span's code-point start and end, or undefined when either has none. */
  span(start: number, end: number): { start: number; end: number } | undefined {
    const [from, to] = [this.at(start), this.at(end)];
    return from === undefined || to === undefined ? undefined : { start: from, end: to };
  }
}

/** Code-point offsets per document of a graph, built when first asked for. */
export class DocumentOffsets {
  private readonly cache = new Map<string, CodePointOffsets | undefined>();

  constructor(private readonly graph: ClaimGraph) {}

  /** The offsets of document `doc` (its id), or undefined when the graph holds no text for it. */
  forDocument(doc: string): CodePointOffsets | undefined {
    if (this.cache.has(doc)) return this.cache.get(doc);
    const key = docKey(doc);
    const attrs = this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : undefined;
    const offsets =
      attrs?.kind === 'document' && attrs.text !== undefined ? new CodePointOffsets(attrs.text) : undefined;
    this.cache.set(doc, offsets);
    return offsets;
  }

  forClaim(attrs: NodeAttributes): CodePointOffsets | undefined {
    return attrs.kind === 'claim' ? this.forDocument(attrs.doc) : undefined;
  }

  forEdge(attrs: EdgeAttributes): CodePointOffsets | undefined {
    return 'doc' in attrs ? this.forDocument(attrs.doc) : undefined;
  }
}
