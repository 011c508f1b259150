// "A British diplomat said", "a Kenyan official": an unnamed person speaking for the state.
import { PERSON_NOUNS } from '../../../lexicon/nouns.ts';
import { known } from '../../found.ts';
import type { MentionRule } from '../query.ts';

export const demonymPerson: MentionRule = {
  name: 'person',
  description: 'a person noun after a demonym: an unnamed person of that state',
  examples: [
    { text: 'The talks had failed, said the Kenyan diplomat.', expected: 'Kenyan diplomat' },
    { text: 'A Kenyan farmer said the talks had failed.', expected: null },
  ],
  apply: ({ doc, i, s, entry, after }) => {
    if (!entry || after > s.last || !PERSON_NOUNS.has(doc.t.lower[after] as string)) return null;
    const label = doc.surface(i, after);
    return { last: after, ref: { label, kind: 'person', surface: label, memberOf: known(entry) }, via: 'group' };
  },
};
