// Any other capitalised run ("The Great Harlow Spring Festival Of Lights"): a weak mention, never a
// speaker.
import { runActor, type UnknownNameRule } from './query.ts';

export const otherName: UnknownNameRule = {
  name: 'other-name',
  description: 'any other capitalised run: a weak mention, no speaker',
  examples: [
    {
      text: 'The Great Harlow Spring Festival Of Lights opened on Monday.',
      expected: 'Great Harlow Spring Festival Of Lights',
    },
  ],
  apply: (q) => (q.end >= q.i ? { last: q.end, ref: runActor(q, 'other'), via: 'weak' } : null),
};
