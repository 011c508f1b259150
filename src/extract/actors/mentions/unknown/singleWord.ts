// A lone capitalised word nobody was named by ("Harlow" may be a place or a person): a weak
// mention, never a speaker.
import { runActor, type UnknownNameRule } from './query.ts';

export const singleWord: UnknownNameRule = {
  name: 'single-word',
  description: 'a lone capitalised word nobody was named by: a weak mention, no speaker',
  examples: [
    { text: 'Okafor said the bill was dead.', expected: 'Okafor' },
    { text: 'Ana Okafor said the bill was dead.', expected: null },
  ],
  apply: (q) => (q.end === q.i ? { last: q.i, ref: runActor(q, 'other'), via: 'weak' } : null),
};
