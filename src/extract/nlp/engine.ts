// The one wink-nlp instance of the process. wink's custom entity patterns only work on the
// first instance created, and loading the model is the expensive part, so every caller
// (command line, tests, worker threads, the viewer's web worker) shares this one, made lazily.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

export function wink(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
