// The one wink-nlp instance of the process. Loading the model is the expensive part, so every
// caller (command line, tests, worker threads, the viewer's web worker) shares this one, made
// lazily. Its pipe holds only the annotations the extractor reads (sentences, parts of speech):
// wink's named entities, negation and sentiment cost about half of readDoc's time, and none of
// them feeds the POS tagger, so tokens, tags and sentences are the same without them.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The annotations the extractor uses; exported so the benchmark's bare pass does the same work. */
export const PIPE: readonly string[] = ['sbd', 'pos'];

let instance: WinkMethods | undefined;

export function wink(): WinkMethods {
  instance ??= winkNLP(model, [...PIPE]);
  return instance;
}
