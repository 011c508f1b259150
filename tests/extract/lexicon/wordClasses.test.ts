// A word's class bits say exactly which of the gate word lists hold it, and the token table
// carries each token's bits.
import { describe, expect, it } from 'vitest';
import { CUES, OWNED_STATEMENT_NOUNS, OWNED_TOPIC_NOUNS } from '../../../src/extract/lexicon/cues.ts';
import { POSSESSIVE_PRONOUNS, PRONOUNS } from '../../../src/extract/lexicon/grammar.ts';
import {
  SHARE_FRACTIONS,
  SOURCE_NOUN_FIRST_WORDS,
  SOURCE_NOUNS,
  SOURCE_OPENERS,
  STANDALONE_SOURCES,
} from '../../../src/extract/lexicon/sources.ts';
import { DESCRIPTORS } from '../../../src/extract/lexicon/titles.ts';
import { CLOSING_QUOTES, CURLY_CLOSING, CURLY_OPENING, OPENING_QUOTES } from '../../../src/extract/lexicon/quotes.ts';
import { NOUN_STARTS, WORD_CLASS, wordClasses } from '../../../src/extract/lexicon/wordClasses.ts';
import { tokenize } from '../../../src/extract/nlp/tokens.ts';

const LISTS: [keyof typeof WORD_CLASS, (word: string) => boolean][] = [
  ['cue', (w) => CUES.has(w)],
  ['according', (w) => w === 'according'],
  ['colon', (w) => w === ':'],
  ['ownedStatementNoun', (w) => OWNED_STATEMENT_NOUNS.has(w) || OWNED_TOPIC_NOUNS.has(w)],
  ['nounStart', (w) => NOUN_STARTS.has(w)],
  ['descriptor', (w) => DESCRIPTORS.has(w)],
  ['pronoun', (w) => PRONOUNS.has(w) || POSSESSIVE_PRONOUNS.has(w)],
  ['sourceWord', (w) => SOURCE_OPENERS.has(w) || SOURCE_NOUNS.has(w) || SHARE_FRACTIONS.has(w)],
  ['sourceNoun', (w) => SOURCE_NOUNS.has(w) || SOURCE_NOUN_FIRST_WORDS.has(w) || STANDALONE_SOURCES.has(w)],
  ['quoteMark', (w) => OPENING_QUOTES.has(w) || CLOSING_QUOTES.has(w) || CURLY_OPENING.has(w) || CURLY_CLOSING.has(w)],
];

describe('wordClasses', () => {
  const words = new Set<string>([
    ...CUES.keys(),
    ...OWNED_STATEMENT_NOUNS.keys(),
    ...NOUN_STARTS,
    ...DESCRIPTORS.keys(),
    ...PRONOUNS,
    ...POSSESSIVE_PRONOUNS.keys(),
    ...SOURCE_OPENERS,
    ...SOURCE_NOUNS.keys(),
    ...SHARE_FRACTIONS,
    ...SOURCE_NOUN_FIRST_WORDS,
    ...STANDALONE_SOURCES.keys(),
    ...OPENING_QUOTES,
    ...CLOSING_QUOTES,
    ...CURLY_OPENING,
    ...CURLY_CLOSING,
    'according',
    ':',
    'banana',
    'okafor',
    '',
  ]);

  it.each(LISTS)('the %s bit is set exactly for the words of its lists', (name, holds) => {
    for (const word of words) expect([word, (wordClasses(word) & WORD_CLASS[name]) !== 0]).toEqual([word, holds(word)]);
  });

  it('the token table holds the bits of each token', () => {
    const t = tokenize('According to the report, his spokesman said: “We deny it.”');
    expect([...t.classes]).toEqual(t.lower.map(wordClasses));
    expect(t.classes[0]! & WORD_CLASS.according).not.toBe(0);
    expect(t.classes[t.lower.indexOf('said')]! & WORD_CLASS.cue).not.toBe(0);
  });
});
