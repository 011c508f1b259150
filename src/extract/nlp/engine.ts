// The one wink-nlp instance of the process, and reading a text with it without it learning.
// Loading the model is the expensive part, so every caller (command line, tests, worker threads,
// the viewer's web worker) shares one instance, made lazily. Its pipe holds only the annotations
// the extractor reads (sentences, parts of speech): wink's named entities, negation and sentiment
// cost about half of readDoc's time, and none of them feeds the POS tagger, so tokens, tags and
// sentences are the same without them.
//
// wink adds every out-of-vocabulary word it meets to its lexicon, and its tokenizer then treats
// a learned word as a lexeme: after one text held "Trump’s" as a single token, every later text
// keeps "Trump’s" whole instead of splitting off "’s". Output would then depend on what the
// process read before. `readText` makes reading pure: after each text it unsets the learned
// words in the lexicon's lookup table (their entries stay, unreachable, so wink's own tables
// stay aligned), and once enough of them have piled up it loads a fresh instance, which bounds
// memory in a long-running process. Unset, not deleted: wink reads an undefined index as an
// unknown word, while `delete` left V8's dictionary full of deleted slots that every later lookup
// probed through (wink's lookups took 2.5× as long as in a bare pass over the same texts).
//
// Only words that could change a later tokenization are forgotten. wink asks its lexicon about a
// chunk only to keep whole what it would otherwise split: chunks with punctuation, periods or
// hyphens (`Trump’s`, `L.P.`, `well-known`), and it consults it for one- and two-letter pieces
// while assembling short forms. A learned word of three or more plain letters is split the same
// way, gets the same category and the same features (wink computes them from the string alone)
// whether it is known or not, so keeping it changes no output; forgetting it only made wink learn
// it again in every text (most of the cost of reading a text with unknown names). The purity test
// and an identical statements@1 output over PolNeAR's 840 train articles in both orders check it.
//
// The tokens are read straight from wink's document data (`RawTokens`), not through `out(its.…)`:
// that made an array of strings per annotation (values, preceding spaces, tags) and one array per
// sentence span, which the tokenizer then walked again. wink hands its document data only to a
// model add-on (`doc.out(its.readabilityStats)` calls `addons.readabilityStats(rdd)`), so the
// instance's model carries an add-on of that name that gives it back; nothing else of this
// instance asks wink for readability statistics.
import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The annotations the extractor uses; exported so the benchmark's bare pass does the same work. */
export const PIPE: readonly string[] = ['sbd', 'pos'];

/** A learned word that cannot change a later tokenization, so it stays in the lookup table. */
const HARMLESS = /^[A-Za-z]{3,}$/;

/** Learned (unreachable) lexicon entries tolerated before the instance is replaced (~100 MB at most). */
const RELOAD_AFTER = 400_000;

/** The part of wink's core model that grows: the lexeme feature (word → index, index → word). */
interface LexemeFeature {
  hash: Record<string, number | undefined>;
  list: string[];
  intrinsicSize: number;
}

interface Engine {
  nlp: WinkMethods;
  lexemes: LexemeFeature;
  /** The part-of-speech names, by wink's tag index. */
  tags: readonly string[];
  /** Lexicon entries below this index are forgotten (the intrinsic ones are never forgotten). */
  forgotten: number;
  memo: WordMemo;
}

/**
 * What the reader derives from a lexicon word (its lower-case form, its word classes), by lexeme
 * index, filled by the reader as it meets words: a function of the word alone, and an index names
 * the same word for the life of an instance, so it changes no output; it goes with its instance.
 */
export interface WordMemo {
  /** (undefined: not met yet; the arrays are as long as the lexicon, grown by `push` so that they stay dense) */
  lower: (string | undefined)[];
  classes: number[];
}

/** wink's raw document data (wink-nlp/src/wink-nlp.js, readDoc), the parts read here. */
interface DocData {
  /** TOKEN_SIZE numbers per token: lexeme index, preceding spaces (low 16 bits), tag (POS_MASK), flags. */
  tokens: number[];
  numOfTokens: number;
  /** Per sentence: first and last token index, then flags. */
  sentences: number[][];
  /** Preceding white space that is not plain spaces, by token index (its count is then PS_MASK). */
  nonBreakingSpaces: Record<number, string>;
}

// wink's token layout (wink-nlp/src/constants.js)
const TOKEN_SIZE = 4;
const PS_MASK = 0xffff;
const POS_MASK = 0x3f00000;
const BITS_FOR_LEMMA = 20;

/** What wink made of a text: its tokens as parallel arrays (one entry per token, whitespace tokens included) and its sentences. */
export interface RawTokens {
  readonly count: number;
  /** Each token's lexeme index into `words`. */
  readonly lexeme: Int32Array;
  /** The length of the white space before each token. */
  readonly spaceBefore: Int32Array;
  /** Each token's tag index into `tags`. */
  readonly tag: Uint8Array;
  /** First and last token of each sentence, two entries per sentence. */
  readonly sentences: Int32Array;
  /** The lexicon's words by index (append-only for the life of an instance: an index always means the same word). */
  readonly words: readonly string[];
  readonly tags: readonly string[];
  readonly memo: WordMemo;
}

let engine: Engine | undefined;
/** The model's custom-entity part, loaded once: its loader re-encodes its own JSON on each call, so a second instance would get it garbled (and a few dozen would exhaust memory). */
let metaCER: unknown;

function load(): Engine {
  let core: { features: { lexeme: LexemeFeature; pos: { list: string[] } } } | undefined;
  // wink loads the core model (a fresh copy each time) through this call; a handle on it lets readText forget
  const loadCore = model.core as unknown as () => typeof core;
  const loadMetaCER = model.metaCER as unknown as () => unknown;
  const addons = { ...(model as unknown as { addons: object }).addons, readabilityStats: (rdd: DocData) => rdd };
  const wrapped = { ...model, addons, core: () => (core = loadCore()), metaCER: () => (metaCER ??= loadMetaCER()) };
  const nlp = winkNLP(wrapped as unknown as Model, [...PIPE]);
  if (!core) throw new Error('claimgraph/extract: wink-nlp did not load its core model');
  const lexemes = core.features.lexeme;
  return {
    nlp,
    lexemes,
    tags: core.features.pos.list,
    forgotten: lexemes.list.length,
    memo: { lower: [], classes: [] },
  };
}

/** The shared instance (for the benchmark's bare pass: it learns as wink does by default). */
export function wink(): WinkMethods {
  engine ??= load();
  return engine.nlp;
}

/** Reads `text` into its raw tokens; the words wink learned from it are forgotten afterwards. */
export function readText(text: string): RawTokens {
  engine ??= load();
  const current = engine;
  try {
    const { nlp } = current;
    const rdd = nlp.readDoc(text).out(nlp.its.readabilityStats) as unknown as DocData;
    return rawTokens(rdd, current);
  } finally {
    const { hash, list, intrinsicSize } = current.lexemes;
    // from the watermark, not from this read's start: words learned through `wink()` are forgotten too
    for (let k = Math.max(current.forgotten, intrinsicSize); k < list.length; k++) {
      const word = list[k] as string;
      if (hash[word] === k && !HARMLESS.test(word)) hash[word] = undefined;
    }
    current.forgotten = list.length;
    if (list.length - intrinsicSize > RELOAD_AFTER) engine = undefined;
  }
}

function rawTokens(rdd: DocData, current: Engine): RawTokens {
  const { tokens, numOfTokens: count, nonBreakingSpaces } = rdd;
  const lexeme = new Int32Array(count);
  const spaceBefore = new Int32Array(count);
  const tag = new Uint8Array(count);
  for (let i = 0, k = 0; i < count; i++, k += TOKEN_SIZE) {
    lexeme[i] = tokens[k] as number;
    const spaces = (tokens[k + 1] as number) & PS_MASK;
    spaceBefore[i] = spaces < PS_MASK ? spaces : (nonBreakingSpaces[i] as string).length;
    tag[i] = ((tokens[k + 2] as number) & POS_MASK) >>> BITS_FOR_LEMMA;
  }
  const sentences = new Int32Array(rdd.sentences.length * 2);
  rdd.sentences.forEach((s, n) => {
    sentences[2 * n] = s[0] as number;
    sentences[2 * n + 1] = s[1] as number;
  });
  const { memo } = current;
  for (let k = memo.lower.length; k < current.lexemes.list.length; k++) {
    memo.lower.push(undefined);
    memo.classes.push(0);
  }
  return {
    count,
    lexeme,
    spaceBefore,
    tag,
    sentences,
    words: current.lexemes.list,
    tags: current.tags,
    memo: current.memo,
  };
}
