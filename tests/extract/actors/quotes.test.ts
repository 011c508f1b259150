// Which tokens lie inside a quotation (src/extract/actors/quotes.ts): names quoted are not
// referents of a pronoun outside the quotation, so the tracker must follow curly, straight and
// doubled single marks, and quotations that run over sentences of one paragraph.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/nlp/tokens.ts';
import { QuoteTracker } from '../../../src/extract/actors/quotes.ts';

/** The words of `text` inside a quotation, in order. */
function quotedWords(text: string): string[] {
  const t = tokenize(text);
  const quotes = new QuoteTracker(t);
  const out: string[] = [];
  for (const s of t.sentences) {
    quotes.scan(s);
    for (let k = s.first; k <= s.last; k++)
      if (quotes.inside(k) && /\w/.test(t.value[k] as string)) out.push(t.value[k] as string);
  }
  return out;
}

describe('QuoteTracker', () => {
  it.each([
    ['curly marks', '“Berg lied,” Duarte said.', ['Berg', 'lied']],
    ['straight marks', '"Berg lied," Duarte said.', ['Berg', 'lied']],
    ['doubled single marks', "''Berg lied,'' Duarte said.", ['Berg', 'lied']],
    ['a quotation over two sentences', '“Berg lied. Holm knew.” Duarte said so.', ['Berg', 'lied', 'Holm', 'knew']],
    ['an apostrophe is no quotation', "Berg's lawyer said Duarte's plan failed.", []],
    ['a quotation left open ends with its paragraph', '“Berg lied.\n\nDuarte said so.', ['Berg', 'lied']],
  ])('%s', (_name, text, expected) => {
    expect(quotedWords(text)).toEqual(expected);
  });
});
