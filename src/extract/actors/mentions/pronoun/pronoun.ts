// "he", "she", "it", "they": a mention of the actor the pronoun rules choose (./resolve/pronoun);
// "it" before "is", "looks", "seems" … has no referent ("it is clear that").
import { EXPLETIVE_AFTER, PRONOUNS } from '../../../lexicon/grammar.ts';
import { firstRule } from '../../../rules/rule.ts';
import { existing } from '../../found.ts';
import { PRONOUN_RULES } from '../../resolve/pronoun/table.ts';
import type { PronounQuery } from '../../resolve/pronoun/query.ts';
import type { MentionQuery, MentionRule } from '../query.ts';

/** The pronoun rules' question for the pronoun `word` at q.i. */
export function pronounQuery(q: MentionQuery, word: string): PronounQuery {
  const { doc, i, s } = q;
  const previousFirst = i === s.first ? doc.previousFirst : undefined;
  // a tag after a quotation that began sentences ago looks before the quotation, not inside it
  const carried = doc.quotes.carriedFrom();
  const tagFirst =
    i > s.first && doc.quotes.tagsOpening(i, s)
      ? carried >= 0
        ? doc.firstBefore(carried)
        : doc.previousFirst
      : undefined;
  return {
    ctx: doc,
    word,
    at: i,
    quoted: doc.quotes.inside(i),
    ...(previousFirst !== undefined ? { previousFirst } : {}),
    ...(tagFirst !== undefined ? { tagFirst } : {}),
  };
}

export const pronoun: MentionRule = {
  name: 'pronoun',
  description: 'a personal pronoun, resolved by the pronoun rules',
  examples: [
    { text: 'Hanna Lind spoke first. She said the vote was fair.', expected: 'Hanna Lind' },
    { text: 'It is clear that the vote was fair.', expected: null },
  ],
  apply: (q) => {
    const { t } = q.doc;
    const word = t.lower[q.i] as string;
    if (!PRONOUNS.has(word) || (word === 'it' && EXPLETIVE_AFTER.has(t.lower[q.i + 1] ?? ''))) return null;
    const fired = firstRule(PRONOUN_RULES, pronounQuery(q, word));
    return fired ? { last: q.i, ref: existing(fired.result), via: 'pronoun', rule: fired.rule } : null;
  },
};
