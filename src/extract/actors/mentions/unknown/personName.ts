// A run of two to four proper nouns nothing else explains is a person's name ("Hanna Lind",
// "Karl-Heinz Brenner"); its last word becomes a surname the document may use alone.
import { runActor, type UnknownNameRule } from './query.ts';

export const personName: UnknownNameRule = {
  name: 'person-name',
  description: "a short run of proper nouns is a person's name",
  examples: [
    { text: 'Hanna Lind said the vote was fair.', expected: 'Hanna Lind' },
    { text: 'The Harlow Coastal Authority said the vote was fair.', expected: null },
  ],
  apply: (q) =>
    q.allProper && q.end > q.i && q.end - q.i <= 3
      ? { last: q.end, ref: runActor(q, 'person'), via: 'name', fullName: [q.i, q.end] }
      : null,
};
