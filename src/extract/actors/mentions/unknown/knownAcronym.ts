// "… the Syrian Observatory for Human Rights (SOHR) … SOHR said": an acronym the document gave in
// brackets, or the initials of an actor it named, is that actor.
import { existing } from '../../found.ts';
import { isAcronym, isNameToken, letters } from '../../names.ts';
import type { UnknownNameRule } from './query.ts';

export const knownAcronym: UnknownNameRule = {
  name: 'known-acronym',
  description: 'an acronym given in brackets, or spelling the initials of an actor named before',
  examples: [
    {
      text: 'The Harlow Coastal Authority (HCA) closed the port. HCA said the closure was temporary.',
      expected: 'Harlow Coastal Authority',
    },
    { text: 'The Harlow Coastal Authority closed the port. HCA said so.', expected: 'Harlow Coastal Authority' },
    { text: 'XQZ said the closure was temporary.', expected: null },
  ],
  apply: ({ doc, i, s }) => {
    const value = doc.t.value[i] as string;
    // an acronym ending the sentence ("owned by Bloomberg L.P.") has no next token to look at
    if (!isAcronym(value) || (i < s.last && isNameToken(doc.t, i + 1, s.first))) return null;
    const actor = doc.bracketedAcronym(letters(value)) ?? doc.acronymOfKnown(letters(value));
    return actor ? { last: i, ref: existing(actor, value), via: 'name' } : null;
  },
};
