// "a government spokesman", "a company official" with nothing named that the description could
// mean: the unnamed source itself (tried last among the noun rules).
import { unnamedPerson } from '../../match/persons.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const describedUnnamedPerson: MentionRule = {
  name: 'described-unnamed-person',
  description: 'an indefinite unnamed source whose head is also a description, when nothing it describes was named',
  examples: [
    { text: 'A company official said the plant would close.', expected: 'company official' },
    { text: 'A company said the plant would close.', expected: null },
  ],
  needs: MENTION_GATE.nounGate | MENTION_GATE.indefinite,
  apply: ({ doc, i, s, nounGate }) => {
    const lower = doc.t.lower[i];
    return nounGate && (lower === 'a' || lower === 'an') ? (unnamedPerson(doc, i, s) ?? null) : null;
  },
};
