// "the EU's top diplomat", "Hamas's chief negotiator" (unnamed): a person speaking for the state or
// organisation whose possessive opens the phrase.
import { unnamedPerson } from '../../match/persons.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const possessiveUnnamedPerson: MentionRule = {
  name: 'possessive-unnamed-person',
  description: "an unnamed person after a known actor's possessive",
  examples: [
    { text: "Kenya's top diplomat said the talks had failed.", expected: 'top diplomat' },
    { text: 'Kenya said the talks had failed.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.possessive,
  apply: ({ doc, s, entry, after, owned }) =>
    entry && owned > after ? (unnamedPerson(doc, owned - 1, s, entry) ?? null) : null,
};
