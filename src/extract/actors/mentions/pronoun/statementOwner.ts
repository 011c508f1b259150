// "his claim that …", "her promise to …", "their announcement that …": a possessive pronoun owning
// a statement noun stands for the one who made the statement, resolved as the subject pronoun would
// be ("his" as "he"), so that the owned-statement pattern can take it as the speaker.
import { OWNED_STATEMENT_NOUNS } from '../../../lexicon/cues.ts';
import { POSSESSIVE_PRONOUNS } from '../../../lexicon/grammar.ts';
import { firstRule } from '../../../rules/rule.ts';
import { existing } from '../../found.ts';
import { PRONOUN_RULES } from '../../resolve/pronoun/table.ts';
import type { MentionRule } from '../query.ts';
import { pronounQuery } from './pronoun.ts';

/** Does a statement noun the pronoun owns follow token i, before the word that opens its content? */
export function ownsStatement(lower: (k: number) => string, i: number): boolean {
  const opener = OWNED_STATEMENT_NOUNS.get(lower(i + 1));
  return opener !== undefined && (lower(i + 2) === opener || lower(i + 2) === 'that');
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
    { text: 'Lena Ortiz won the vote. Her bridge was rebuilt in June.', expected: null },
  ],
  apply: (q) => {
    const { t } = q.doc;
    const word = POSSESSIVE_PRONOUNS.get(t.lower[q.i] as string);
    if (!word || q.i + 2 > q.s.last) return null;
    if (!ownsStatement((k) => (t.lower[k] as string | undefined) ?? '', q.i)) return null;
    const fired = firstRule(PRONOUN_RULES, pronounQuery(q, word));
    return fired ? { last: q.i, ref: existing(fired.result), via: 'pronoun', rule: fired.rule } : null;
  },
};
