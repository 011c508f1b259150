// "House Speaker Tom Hale, R-Texas, said", "Sen. Ana Ruiz, D-N.Y., told": the party letter and state
// set off by commas after a legislator's name, as news agencies write it; like the bracketed form
// (./partyLabel.ts) it says where the person sits and names no actor, never the speaker of a later "he".
import { PARTY_LETTERS } from '../../../lexicon/affiliations.ts';
import { isCapitalised } from '../../names.ts';
import type { MentionVeto } from './query.ts';

/** How far the closing comma may be ("D-Calif." is three tokens and its point). */
const MAX_LABEL = 6;
const CLOSERS: ReadonlySet<string> = new Set([',', ';', ')', '.']);

export const commaPartyLabel: MentionVeto = {
  name: 'comma-party-label',
  description: 'a party letter and state between commas after a name, ", R-Wis.,", names no actor',
  examples: [
    {
      text: 'House Speaker Tom Hale, R-Wis., said he would back the bill. "The votes are there," he said.',
      expected: { label: 'Tom Hale', absent: 'R-' },
    },
    { text: 'Sen. Ana Ruiz, D-Calif., told reporters she was done.', expected: { label: 'Ana Ruiz', absent: 'D-' } },
    { text: 'Plan B, R-Line and the tram were discussed.', expected: { label: 'R-Line' } },
  ],
  apply: ({ doc, i, s }) => {
    const { t } = doc;
    if (!PARTY_LETTERS.has(t.value[i] as string) || t.value[i - 1] !== ',' || t.value[i + 1] !== '-') return null;
    if (i + 2 > s.last || !isCapitalised(t.value[i + 2] as string)) return null;
    // the label closes on a comma (or the sentence's end) right after its abbreviated state
    for (let j = i + 3; j <= Math.min(s.last, i + MAX_LABEL); j++) {
      const value = t.value[j] as string;
      if (value === ',' || j === s.last) return j - 1;
      if (!CLOSERS.has(value) && !/^[\p{Lu}][\p{L}.]*$/u.test(value)) return null;
    }
    return null;
  },
};
