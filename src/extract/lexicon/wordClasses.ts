// The word lists that the pipeline, the actor scan and the cue finder ask about at (nearly) every
// token, as bits of one number per word. The token table keeps each token's bits beside its
// lower-case form (nlp/tokens.ts), looked up once per token: the gates test a bit instead of
// asking four or five lists each, at each token, in each pass over a sentence.
import { CUES, OWNED_STATEMENT_NOUNS, OWNED_TOPIC_NOUNS } from './cues.ts';
import { FIRST_PERSON, POSSESSIVE_PRONOUNS, PRONOUNS } from './grammar.ts';
import { CLOSING_QUOTES, CURLY_CLOSING, CURLY_OPENING, OPENING_QUOTES } from './quotes.ts';
import { GOVERNMENT_WORDS, GROUP_NOUNS, STATE_BODIES } from './nouns.ts';
import {
  SHARE_FRACTIONS,
  SOURCE_NOUN_FIRST_WORDS,
  SOURCE_NOUNS,
  SOURCE_OPENERS,
  STANDALONE_SOURCES,
} from './sources.ts';
import { DESCRIPTIONS, DESCRIPTORS, TITLES } from './titles.ts';

/** The classes a lower-case word may belong to, as bits. */
export const WORD_CLASS = {
  /** A reporting word (`CUES`). */
  cue: 1 << 0,
  /** "according" (of "according to"). */
  according: 1 << 1,
  /** A colon, which a name may use as a cue. */
  colon: 1 << 2,
  /** A statement noun an owner may hold ("his claim that …", "her attacks on …": `OWNED_STATEMENT_NOUNS`, `OWNED_TOPIC_NOUNS`). */
  ownedStatementNoun: 1 << 3,
  /** A first word of a lower-case mention (`NOUN_STARTS`). */
  nounStart: 1 << 4,
  /** A descriptor ("activist", `DESCRIPTORS`). */
  descriptor: 1 << 5,
  /** A personal or possessive pronoun (`PRONOUNS`, `POSSESSIVE_PRONOUNS`, `FIRST_PERSON`). */
  pronoun: 1 << 6,
  /** A source phrase's opener, noun or share ("a", "report", "half": `SOURCE_OPENERS`, `SOURCE_NOUNS`, `SHARE_FRACTIONS`). */
  sourceWord: 1 << 7,
  /** A word that may head an unnamed source ("report", "cast" of "cast member", "some": `SOURCE_NOUNS`, `SOURCE_NOUN_FIRST_WORDS`, `STANDALONE_SOURCES`). */
  sourceNoun: 1 << 9,
  /** A quotation mark, of either side (`OPENING_QUOTES`, `CLOSING_QUOTES`). */
  quoteMark: 1 << 8,
} as const;

/** First words that can start a lower-case mention: a cheap gate before the noun rules (most tokens are none of these). */
export const NOUN_STARTS: ReadonlySet<string> = new Set([
  ...[...STATE_BODIES.keys(), ...TITLES].map((phrase) => phrase.split(/[\s-]/)[0] as string),
  ...GROUP_NOUNS.keys(),
  ...[...GROUP_NOUNS.keys()].map((noun) => noun.replace(/s$/, '')),
  ...DESCRIPTORS.keys(),
  ...DESCRIPTIONS.keys(),
  ...GOVERNMENT_WORDS,
]);

const CLASSES = new Map<string, number>();
const add = (words: Iterable<string>, bit: number): void => {
  for (const word of words) CLASSES.set(word, (CLASSES.get(word) ?? 0) | bit);
};
add(CUES.keys(), WORD_CLASS.cue);
add(['according'], WORD_CLASS.according);
add([':'], WORD_CLASS.colon);
add([...OWNED_STATEMENT_NOUNS.keys(), ...OWNED_TOPIC_NOUNS.keys()], WORD_CLASS.ownedStatementNoun);
add(NOUN_STARTS, WORD_CLASS.nounStart);
add(DESCRIPTORS.keys(), WORD_CLASS.descriptor);
add(
  [...PRONOUNS, ...POSSESSIVE_PRONOUNS.keys(), ...[...FIRST_PERSON].map((word) => word.toLowerCase())],
  WORD_CLASS.pronoun,
);
add([...SOURCE_OPENERS, ...SOURCE_NOUNS.keys(), ...SHARE_FRACTIONS], WORD_CLASS.sourceWord);
add([...SOURCE_NOUNS.keys(), ...SOURCE_NOUN_FIRST_WORDS, ...STANDALONE_SOURCES.keys()], WORD_CLASS.sourceNoun);
add([...OPENING_QUOTES, ...CLOSING_QUOTES, ...CURLY_OPENING, ...CURLY_CLOSING], WORD_CLASS.quoteMark);

/** The classes of a lower-case word (`WORD_CLASS` bits; 0 for most words). */
export function wordClasses(lower: string): number {
  return CLASSES.get(lower) ?? 0;
}
