// "the Syrian government", "the Kenyan administration": the state itself.
import { known } from '../../found.ts';
import { governmentWord } from '../../match/stateBodies.ts';
import type { MentionRule } from '../query.ts';

export const demonymGovernment: MentionRule = {
  name: 'government',
  description: 'a government word after a demonym: the state',
  examples: [
    { text: 'The Kenyan government denied the report.', expected: 'Kenya' },
    { text: 'The Kenyan farmers denied the report.', expected: null },
  ],
  apply: ({ doc, i, s, entry, after }) => {
    const gov = entry ? governmentWord(doc, after, s.last) : -1;
    return entry && gov >= 0 ? { last: gov, ref: known(entry, doc.surface(i, gov)), via: 'name' } : null;
  },
};
