// readText reads wink's document data directly: its tokens, preceding white space, tags and
// sentences must be what wink's own API gives for the same text (plain and non-breaking spaces,
// line breaks, contractions, abbreviations, emoji, an empty text).
import { describe, expect, it } from 'vitest';
import { readText, wink } from '../../../src/extract/nlp/engine.ts';

const TEXTS = [
  '',
  'Ana Lind said the L.P. deal was off.',
  'He can’t go, she said.\n\nThey won’t — not now.\u00a0\u00a0“Why?” asked Okafor.',
  'Tabs\tand\u2009thin spaces 🙂 and 3.5% at 10:30 a.m. on Jan. 4.',
  '  leading spaces\r\nand a last line without a stop',
];

describe('readText', () => {
  it.each(TEXTS)('gives the tokens and sentences wink gives for %j', (text) => {
    const raw = readText(text);
    const nlp = wink();
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    expect(Array.from(raw.lexeme, (w) => raw.words[w])).toEqual(tokens.out(nlp.its.value));
    expect(Array.from(raw.spaceBefore)).toEqual((tokens.out(nlp.its.precedingSpaces) as string[]).map((s) => s.length));
    expect(Array.from(raw.tag, (g) => raw.tags[g])).toEqual(tokens.out(nlp.its.pos));
    const spans = doc.sentences().out(nlp.its.span) as unknown as number[][];
    expect(Array.from(raw.sentences)).toEqual(spans.flat());
  });
});
