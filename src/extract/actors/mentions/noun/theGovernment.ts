// "the government", "the administration": the last state spoken of as a government, else the
// state the document is mostly about.
import { GOVERNMENT_WORDS } from '../../../lexicon/nouns.ts';
import { existing } from '../../found.ts';
import { lastGovernment } from '../../resolve/government.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const theGovernment: MentionRule = {
  name: 'the-government',
  description: 'a definite government word: the state last spoken of as a government, else the home state',
  examples: [
    { text: 'The Kenyan government met the unions. The government said the strike was illegal.', expected: 'Kenya' },
    { text: 'The government said the strike was illegal.', expected: null },
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, det, head, nounGate }) => {
    if (!nounGate || !det || !GOVERNMENT_WORDS.has(doc.t.lower[head] as string)) return null;
    const actor = lastGovernment(doc, i) ?? doc.homeState();
    return actor ? { last: head, ref: existing(actor), via: 'description' } : null;
  },
};
