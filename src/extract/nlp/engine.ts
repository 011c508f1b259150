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
import winkNLP, { type Document, type ItsHelpers, type Model, type WinkMethods } from 'wink-nlp';
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
  /** Lexicon entries below this index are forgotten (the intrinsic ones are never forgotten). */
  forgotten: number;
}

let engine: Engine | undefined;
/** The model's custom-entity part, loaded once: its loader re-encodes its own JSON on each call, so a second instance would get it garbled (and a few dozen would exhaust memory). */
let metaCER: unknown;

function load(): Engine {
  let core: { features: { lexeme: LexemeFeature } } | undefined;
  // wink loads the core model (a fresh copy each time) through this call; a handle on it lets readText forget
  const loadCore = model.core as unknown as () => typeof core;
  const loadMetaCER = model.metaCER as unknown as () => unknown;
  const wrapped = { ...model, core: () => (core = loadCore()), metaCER: () => (metaCER ??= loadMetaCER()) };
  const nlp = winkNLP(wrapped as Model, [...PIPE]);
  if (!core) throw new Error('claimgraph/extract: wink-nlp did not load its core model');
  const lexemes = core.features.lexeme;
  return { nlp, lexemes, forgotten: lexemes.list.length };
}

/** The shared instance (for the benchmark's bare pass: it learns as wink does by default). */
export function wink(): WinkMethods {
  engine ??= load();
  return engine.nlp;
}

/** Reads `text` and hands its document to `read`; the words wink learned from it are forgotten afterwards. */
export function readText<T>(text: string, read: (doc: Document, its: ItsHelpers) => T): T {
  engine ??= load();
  const current = engine;
  try {
    return read(current.nlp.readDoc(text), current.nlp.its);
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
