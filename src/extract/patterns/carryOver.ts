// Attribution carried over to the next sentence without a cue (statements marked implicit):
// a quotation that continues in a sentence of its own after an attributed quotation, and a
// report of figures that goes on in the sentence after "… according to X" / "…, X said".
import type { Attribution } from './frame.ts';
import type { SentenceView } from './view.ts';

export function carryOver(v: SentenceView, previous: Attribution): Attribution | null {
  const base = { ...previous, cue: null, targets: [], aboutExtra: [], coordinated: false, speakerAt: null };
  if (previous.quoted && v.isQuote(v.first)) {
    const close = v.quotePartner.get(v.first);
    const content = v.trim(v.first + 1, close !== undefined && close > v.first ? close - 1 : v.last);
    return content
      ? { ...base, stance: 'asserts', content, pattern: 'quote-continued', quoted: true, firstSentence: v.index }
      : null;
  }
  if (previous.quoted || (previous.pattern !== 'according-to' && previous.pattern !== 'content-first')) return null;
  let figure = false;
  for (let k = v.first; k <= v.last; k++) {
    if (v.isQuote(k)) return null;
    if (v.pos(k) === 'NUM' && /\d/.test(v.value(k))) figure = true;
  }
  if (!figure) return null;
  const content = v.trim(v.first, v.last);
  return content
    ? { ...base, stance: 'asserts', content, pattern: 'carried-over', quoted: false, firstSentence: v.index }
    : null;
}
