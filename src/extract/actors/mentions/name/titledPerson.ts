// "Foreign Minister Ana Wekesa", "Sen. Hanna Lind", "Former Ohio Gov. Dale Hanlon", "Mr. Okafor":
// a title (capitalised words may precede its head) and a person's name.
import { titled } from '../../match/persons.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const titledPerson: MentionRule = {
  name: 'titled-person',
  description: "a title and a person's name",
  examples: [
    { text: 'On Monday Sen. Hanna Lind said the bill was dead.', expected: 'Hanna Lind' },
    { text: 'The bill is dead, Former Ohio Gov. Dale Hanlon said.', expected: 'Dale Hanlon' },
    { text: 'Hanna Lind said the bill was dead.', expected: null },
  ],
  needs: MENTION_GATE.noGazetteer,
  apply: ({ doc, i, s, gaz }) => (gaz ? null : (titled(doc, i, s, undefined, i) ?? null)),
};
