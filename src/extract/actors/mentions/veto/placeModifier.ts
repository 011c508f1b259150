// "a South Florida-based president", "the Ohio-born senator": a place joined by a hyphen to
// "based", "born" or "raised" only modifies the noun after it; it names no actor, least of all a
// person a later "she" could take up.
import { PLACE_MODIFIER_SUFFIXES } from '../../../lexicon/nouns.ts';
import { isCapitalised } from '../../names.ts';
import type { MentionVeto } from './query.ts';

/** Capitalised words the place may take ("South Florida", "Rio de Janeiro"). */
const MAX_PLACE_WORDS = 4;

export const placeModifier: MentionVeto = {
  name: 'place-modifier',
  description: 'a place hyphenated to "based", "born" or "raised" ("a Harlow-based lawyer") starts no name',
  examples: [
    {
      text: '"We are ready," said Lena Wimes, a South Harlow-based lawyer.',
      expected: { label: 'Lena Wimes', absent: 'South Harlow' },
    },
    {
      text: 'The Harlow-born singer Ana Duarte said she was ready.',
      expected: { label: 'Ana Duarte', absent: 'Harlow' },
    },
  ],
  apply: ({ doc, i, s }) => {
    const { t } = doc;
    let k = i;
    while (k <= s.last && k < i + MAX_PLACE_WORDS && isCapitalised(t.value[k] as string)) k++;
    if (k === i || k + 1 > s.last || !/^[-‐]$/.test(t.value[k] as string)) return null;
    // (written as one word: "Harlow-based", no spaces around the hyphen)
    if (t.start[k] !== t.end[k - 1] || t.end[k] !== t.start[k + 1]) return null;
    return PLACE_MODIFIER_SUFFIXES.has(t.lower[k + 1] as string) ? k + 1 : null;
  },
};
