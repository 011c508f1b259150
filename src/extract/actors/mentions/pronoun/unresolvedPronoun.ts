// A subject pronoun with no referent the pronoun rules can find, or ("it", "they") only a guess at one
// ("Fares rose, and the crossing was closed. It said …": no subject or speaker of its kind in reach),
// is kept as written: the statement's speaker is "it", not the last actor of a fitting kind, which
// real news shows to be wrong far more often than right. Such a mention is never itself a referent
// (../../resolve/candidates.ts unresolved), nor what a statement is about (../../../links/links.ts).
import { firstRule } from '../../../rules/rule.ts';
import { guessOnly, PRONOUN_RULES } from '../../resolve/pronoun/table.ts';
import type { MentionRule } from '../query.ts';
import { pronounQuery, subjectPronoun } from './pronoun.ts';

export const unresolvedPronoun: MentionRule = {
  name: 'unresolved-pronoun',
  description: 'a subject pronoun the pronoun rules can only guess at, kept as written',
  examples: [
    {
      text: 'Rain fell on the depot of the Harlow Ferry Company in May, and crossings stopped. Weeks later, after the inquiry, it said the storm was to blame.',
      expected: 'it',
    },
    { text: 'Hanna Lind spoke first. She said the vote was fair.', expected: null },
    { text: 'The storm hit the coast. He said the roads were closed.', expected: 'he' },
  ],
  apply: (q) => {
    const word = subjectPronoun(q);
    const fired = word === undefined ? null : firstRule(PRONOUN_RULES, pronounQuery(q, word));
    if (!word || !guessOnly(fired, word)) return null;
    const person = word === 'he' || word === 'she';
    return {
      last: q.i,
      ref: { label: word, kind: person ? 'person' : 'other', surface: word, plural: word === 'they', local: true },
      via: 'pronoun',
    };
  },
};
