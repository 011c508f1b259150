// "Sen. Ana Ruiz (D-Calif.) said", "Rep. Tom Hale (R-Texas)": the bracketed party letter and state
// after a legislator's name say where the person sits; they name no actor (and never the speaker).
import { PARTY_LETTERS } from '../../../lexicon/affiliations.ts';
import { isCapitalised } from '../../names.ts';
import type { MentionVeto } from './query.ts';

/** How far the closing bracket may be ("(D-N.Y.)" is six tokens). */
const MAX_LABEL = 7;

export const partyLabel: MentionVeto = {
  name: 'party-label',
  description: 'a bracketed party letter and state after a name, "(D-Calif.)", names no actor',
  examples: [
    {
      text: 'Sen. Ana Ruiz (D-Calif.) said the bill would pass.',
      expected: { label: 'Ana Ruiz', absent: 'D-' },
    },
    { text: 'Rep. Tom Hale (R-Texas) told reporters he was done.', expected: { label: 'Tom Hale', absent: 'R-' } },
    {
      text: 'The Harlow Institute (HI) said the bill would pass.',
      expected: { label: 'Harlow Institute' },
    },
  ],
  apply: ({ doc, i, s }) => {
    const { t } = doc;
    if (!PARTY_LETTERS.has(t.value[i] as string) || t.value[i - 1] !== '(' || t.value[i + 1] !== '-') return null;
    if (i + 2 > s.last || !isCapitalised(t.value[i + 2] as string)) return null;
    for (let j = i + 2; j <= Math.min(s.last, i + MAX_LABEL); j++) if (t.value[j] === ')') return j;
    return null;
  },
};
