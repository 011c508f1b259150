// "Swedish business daily Dagens Industri": after a demonym, a descriptor noun introducing the
// outlet or company it names (never the state of the demonym).
import { described } from '../../match/described.ts';
import type { MentionRule } from '../query.ts';

export const demonymIntroducedName: MentionRule = {
  name: 'introduced-name',
  description: 'a name introduced by a descriptor noun after a demonym',
  examples: [
    { text: 'Kenyan business daily Harlow Times said the deal was off.', expected: 'Harlow Times' },
    { text: 'Kenyan farmers said the deal was off.', expected: null },
  ],
  apply: ({ doc, i, s, after }) => described(doc, after, s, undefined, i) ?? null,
};
