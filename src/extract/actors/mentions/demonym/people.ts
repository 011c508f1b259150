// "Kenyans often say …", "Some Germans said …": a plural demonym standing alone before a reporting
// verb is the people who said it, a group of its own, not the state that governs them.
import { CUES } from '../../../lexicon/cues.ts';
import type { MentionRule } from '../query.ts';

/** Adverbs between the people and their reporting verb ("often say", "have long said"). */
const REACH = 3;

export const demonymPeople: MentionRule = {
  name: 'people',
  description: 'a plural demonym alone before a reporting verb: the people, not their state',
  examples: [
    { text: 'Kenyans often say the border is too close.', expected: 'Kenyans' },
    { text: 'Many Germans said the tax was unfair.', expected: 'Germans' },
    { text: 'The council blamed Germans for the delay.', expected: null },
  ],
  apply: ({ doc, i, s, gaz, after }) => {
    const { t } = doc;
    if (!gaz || !/\p{Ll}s$/u.test(gaz.name.name) || gaz.last !== i) return null;
    for (let k = after; k <= s.last && k - after < REACH; k++) {
      const lower = t.lower[k] as string;
      if (CUES.has(lower)) {
        const label = t.value[i] as string;
        return { last: i, ref: { label, kind: 'other', surface: label, plural: true }, via: 'group' };
      }
      if (t.pos[k] !== 'ADV' && t.pos[k] !== 'AUX') return null;
    }
    return null;
  },
};
