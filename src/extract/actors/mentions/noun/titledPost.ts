// "the Rev. Al Sharpton", "former Foreign Minister Ana Wekesa", "spokesman Ali Hassan": a title
// (lower-case, or after an article) and a person's name.
import { titled } from '../../match/persons.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const titledPost: MentionRule = {
  name: 'titled-person',
  description: "a title after an article, or in lower case, and a person's name",
  examples: [
    { text: 'Karl Brenner met spokesman Ali Hassan on Monday.', expected: 'Ali Hassan' },
    { text: '"We listened," said the Rev. Kyev Tatum, the pastor of Grace Church.', expected: 'Kyev Tatum' },
    { text: 'The spokesman said the road was open.', expected: null },
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, s, head, nounGate }) => (nounGate ? (titled(doc, head, s, undefined, i) ?? null) : null),
};
