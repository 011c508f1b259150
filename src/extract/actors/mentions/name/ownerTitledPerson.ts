// "Russian Foreign Minister Sergey Lavrov", "UN Secretary-General António Guterres", "Russia's
// Foreign Minister, Sergey Lavrov": a person titled after a known state or organisation, a member of it.
import { known } from '../../found.ts';
import { titled } from '../../match/persons.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const ownerTitledPerson: MentionRule = {
  name: 'owner-titled-person',
  description: 'a titled person after a known state or organisation (its demonym, name or possessive)',
  examples: [
    { text: 'Kenyan Foreign Minister Ana Wekesa said the talks had failed.', expected: 'Ana Wekesa' },
    { text: "Kenya's Foreign Minister, Ana Wekesa, said the talks had failed.", expected: 'Ana Wekesa' },
    { text: 'Kenya said the talks had failed.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer,
  apply: ({ doc, i, s, entry, owned }) => (entry ? (titled(doc, owned, s, known(entry), i) ?? null) : null),
};
