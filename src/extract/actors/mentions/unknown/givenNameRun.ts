// "Don Fowler", "Will Hurd", "Jean Marsh": a short capitalised run opening with a common given name
// is a person's name even when the tagger reads its first word as a verb or a noun ("Don", "Will",
// "Grant"), which keeps it from being a run of proper nouns.
import { GIVEN_NAME_GENDER } from '../../../lexicon/genders.ts';
import { runActor, type UnknownNameRule } from './query.ts';

export const givenNameRun: UnknownNameRule = {
  name: 'given-name-run',
  description: "two or three capitalised words opening with a given name are a person's name",
  examples: [
    { text: '"Now is the time," said Don Fowler, who ran the party in 1995.', expected: 'Don Fowler' },
    { text: 'The count was fair, said Grant Lindqvist.', expected: 'Grant Lindqvist' },
    { text: 'The Grant Harlow Memorial Fund said it was fair.', expected: null },
  ],
  apply: (q) => {
    const { t } = q.doc;
    if (q.end <= q.i || q.end - q.i > 2 || !GIVEN_NAME_GENDER.has(t.lower[q.i] as string)) return null;
    if (q.i > q.s.first && t.lower[q.i - 1] === 'the') return null;
    return { last: q.end, ref: runActor(q, 'person'), via: 'name', fullName: [q.i, q.end] };
  },
};
