// "his claim that …", "her promise to …", "their attacks on …": a possessive pronoun owning a
// statement noun stands for the one who made the statement, resolved as the subject pronoun would
// be ("his" as "he"), so that the owned-statement patterns can take it as the speaker.
import { isOwnedModifier, OWNED_MODIFIER_REACH, ownedOpenerAt, ownedTopicAt } from '../../../lexicon/cues.ts';
import { POSSESSIVE_PRONOUNS } from '../../../lexicon/grammar.ts';
import { firstRule } from '../../../rules/rule.ts';
import { existing } from '../../found.ts';
import { PRONOUN_RULES } from '../../resolve/pronoun/table.ts';
import type { TokenTable } from '../../../nlp/tokens.ts';
import type { MentionRule } from '../query.ts';
import { pronounQuery } from './pronoun.ts';

/** Does a statement noun the pronoun at token i owns follow it, past adjectives, before the word that opens its content? */
function ownsStatement(t: TokenTable, i: number, last: number): boolean {
  let k = i + 1;
  while (k < last && k - i - 1 < OWNED_MODIFIER_REACH && isOwnedModifier(t.pos[k] as string, t.lower[k] as string)) k++;
  const lower = (j: number): string => (t.lower[j] as string | undefined) ?? '';
  return ownedOpenerAt(lower, k, last) >= 0 || ownedTopicAt(lower, k, last) >= 0;
}

export const statementOwner: MentionRule = {
  name: 'statement-owner',
  description: 'a possessive pronoun owning a statement noun ("his claim that"), resolved as its subject pronoun',
  examples: [
    {
      text: 'Marek Halloran spoke at the harbour. His claim that the pier was sold drew protests.',
      expected: 'Marek Halloran',
    },
    { text: 'Lena Ortiz won the vote. Her promise to rebuild the bridge was popular.', expected: 'Lena Ortiz' },
    {
      text: 'Lena Ortiz won the vote. Her repeated promise to rebuild the bridge was popular.',
      expected: 'Lena Ortiz',
    },
    { text: 'Lena Ortiz won the vote. Her attacks on the mayor were popular.', expected: 'Lena Ortiz' },
    { text: 'Lena Ortiz won the vote. Her bridge was rebuilt in June.', expected: null },
  ],
  apply: (q) => {
    const { t } = q.doc;
    const word = POSSESSIVE_PRONOUNS.get(t.lower[q.i] as string);
    if (!word || !ownsStatement(t, q.i, q.s.last)) return null;
    const fired = firstRule(PRONOUN_RULES, pronounQuery(q, word));
    return fired ? { last: q.i, ref: existing(fired.result), via: 'pronoun', rule: fired.rule } : null;
  },
};
