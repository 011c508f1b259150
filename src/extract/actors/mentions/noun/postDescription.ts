// "the prime minister said", "the mayor said": a post taken up by its last word, like "the
// minister": a person the lexicon's description fits, else (a post it does not list) only a person
// who holds it by title or apposition.
import { DESCRIPTIONS } from '../../../lexicon/titles.ts';
import { existing } from '../../found.ts';
import { isNameToken, matchTitle } from '../../names.ts';
import { holding } from '../../resolve/description/byNameOrPost.ts';
import { resolveDescription } from '../../resolve/description/table.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';
import { opensOrTags } from './definiteDescription.ts';

export const postDescription: MentionRule = {
  name: 'post-description',
  description: 'a definite post ("the prime minister") taken up from the person who holds it',
  examples: [
    {
      text: 'Prime Minister Ana Wekesa met the unions. The prime minister said the strike was illegal.',
      expected: 'Ana Wekesa',
    },
    { text: 'The prime minister said the strike was illegal.', expected: null },
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, s, head, nounGate }) => {
    const { t } = doc;
    if (!nounGate || t.lower[i] !== 'the') return null;
    // (a description the lexicon lists was decided by definite-description)
    if (DESCRIPTIONS.has(t.lower[head] as string) && t.pos[head + 1] !== 'NOUN') return null;
    const post = matchTitle(t, head, s.last);
    if (post < head || isNameToken(t, post + 1, s.first)) return null;
    const word = t.lower[post] as string;
    const actor = DESCRIPTIONS.get(word)?.includes('person')
      ? resolveDescription(doc, word, i, undefined, opensOrTags(doc, i, s) ? doc.previousFirst : undefined)?.result
      : holding(doc, word, i);
    return actor ? { last: post, ref: existing(actor), via: 'description' } : null;
  },
};
