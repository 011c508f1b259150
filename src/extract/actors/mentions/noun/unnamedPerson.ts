// "a senior official", "a senior European diplomat", "a Hamas official": an unnamed source, a person
// (a member of the state or organisation among its modifiers). Tried first unless the head is a
// description ("a company spokesman" is the company's, see description-spokesman).
import { DESCRIPTIONS } from '../../../lexicon/titles.ts';
import { unnamedPerson } from '../../match/persons.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const unnamedPersonRule: MentionRule = {
  name: 'unnamed-person',
  description: 'an indefinite unnamed source ("a senior official", "a Kenyan diplomat")',
  examples: [
    { text: 'A senior official said the talks had failed.', expected: 'senior official' },
    { text: 'A senior Kenya official said the talks had failed.', expected: 'senior Kenya official' },
    { text: 'A storm said nothing.', expected: null },
  ],
  needs: MENTION_GATE.indefinite,
  apply: ({ doc, i, s, head }) => {
    const lower = doc.t.lower[i];
    if ((lower !== 'a' && lower !== 'an') || DESCRIPTIONS.has(doc.t.lower[head] as string)) return null;
    return unnamedPerson(doc, i, s) ?? null;
  },
};
