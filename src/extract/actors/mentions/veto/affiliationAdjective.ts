// "Democratic strategist Hank Sheinkopf", "Republican front-runner Ana Ruiz", "GOP leaders": a
// party adjective before a lower-case noun only modifies it; the mention is what follows (the
// titled person, the group), not a party named by the adjective alone.
import { AFFILIATION_ADJECTIVES } from '../../../lexicon/affiliations.ts';
import { isCapitalised } from '../../names.ts';
import type { MentionVeto } from './query.ts';

const MODIFIED: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

export const affiliationAdjective: MentionVeto = {
  name: 'affiliation-adjective',
  description: 'a party adjective before a lower-case noun ("Democratic strategist X") names no actor',
  examples: [
    {
      text: 'The plan will fail, said Democratic strategist Hank Sheinkopf.',
      expected: { label: 'Hank Sheinkopf', absent: 'Democratic' },
    },
    { text: 'Republican lawmakers said the bill was dead.', expected: { label: 'lawmakers', absent: 'Republican' } },
    {
      text: 'The Republican National Committee said the bill was dead.',
      expected: { label: 'Republican National Committee' },
    },
  ],
  apply: ({ doc, i, s }) => {
    const { t } = doc;
    if (!AFFILIATION_ADJECTIVES.has(t.value[i] as string) || i >= s.last) return null;
    const next = t.value[i + 1] as string;
    return !isCapitalised(next) && /^\p{L}/u.test(next) && MODIFIED.has(t.pos[i + 1] as string) ? i : null;
  },
};
