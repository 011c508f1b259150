// "meatpacker Frigorífico Boa Vista", "the broadcaster NOS", "environmental agency Ibama": a
// descriptor noun (after up to two modifiers) introducing the name of what it describes.
import { described } from '../../match/described.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const introducedName: MentionRule = {
  name: 'introduced-name',
  description: 'a descriptor noun introducing a name',
  examples: [
    { text: 'Regulators fined meatpacker Delmar Foods on Monday.', expected: 'Delmar Foods' },
    { text: 'The broadcaster Harlow One said the vote was fair.', expected: 'Harlow One' },
    { text: 'The broadcaster said the vote was fair.', expected: null },
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, s, head, nounGate }) => (nounGate ? (described(doc, head, s, undefined, i) ?? null) : null),
};
