// A document's text with the evidence sentence marked and, inside it, the cue and the
// content. Built from text nodes and <mark> elements only, so article text is never parsed
// as HTML whatever it contains.
import type { Span } from '../../../src/model/index.ts';
import { h } from '../dom/h.ts';

export interface Highlight {
  span: Span;
  className: string;
}

/** Splits [start, end) of `text` into plain runs and marked runs; highlights must not overlap. */
export function markedRuns(
  text: string,
  start: number,
  end: number,
  highlights: readonly Highlight[],
): (string | HTMLElement)[] {
  const runs: (string | HTMLElement)[] = [];
  let at = start;
  const inside = highlights
    .map((hl) => ({ ...hl, from: Math.max(hl.span.start, start), to: Math.min(hl.span.end, end) }))
    .filter((hl) => hl.from < hl.to)
    .sort((a, b) => a.from - b.from);
  for (const hl of inside) {
    if (hl.from < at) continue;
    if (hl.from > at) runs.push(text.slice(at, hl.from));
    runs.push(h('mark', { className: hl.className }, text.slice(hl.from, hl.to)));
    at = hl.to;
  }
  if (at < end) runs.push(text.slice(at, end));
  return runs;
}

export function documentText(text: string, evidence: Span, inner: readonly Highlight[]): HTMLElement {
  const start = Math.max(0, Math.min(evidence.start, text.length));
  const end = Math.max(start, Math.min(evidence.end, text.length));
  const mark = h('mark', { className: 'evidence' }, markedRuns(text, start, end, inner));
  return h(
    'div',
    { className: 'doc-text', tabindex: 0, 'aria-label': 'Document text' },
    text.slice(0, start),
    mark,
    text.slice(end),
  );
}
