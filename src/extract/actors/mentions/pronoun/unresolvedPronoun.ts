// A subject pronoun whose referent the pronoun rules can only guess ("Tariffs rose, and the port
// was closed. It said …": no subject or speaker of its kind in reach) is kept as written: the
// statement's speaker is "it", not the last actor of a fitting kind, which real news shows to be
// wrong far more often than right. Such a mention is never itself a referent (query.ts compatible).
import { firstRule } from '../../../rules/rule.ts';
import { GUESSING_RULES, PRONOUN_RULES } from '../../resolve/pronoun/table.ts';
import type { MentionRule } from '../query.ts';
import { pronounQuery, subjectPronoun } from './pronoun.ts';

export const unresolvedPronoun: MentionRule = {
  name: 'unresolved-pronoun',
  description: 'a subject pronoun the pronoun rules can only guess at, kept as written',
  examples: [
    {
      text: 'Fares on the Harlow Ferry Company rose in May, and the Dover crossing was closed. It said the storm was to blame.',
      expected: 'it',
    },
    { text: 'Hanna Lind spoke first. She said the vote was fair.', expected: null },
    { text: 'The storm hit the coast. He said nothing.', expected: null },
  ],
  apply: (q) => {
    const word = subjectPronoun(q);
    const fired = word === undefined ? null : firstRule(PRONOUN_RULES, pronounQuery(q, word));
    if (!word || !fired || !GUESSING_RULES.has(fired.rule)) return null;
    const person = word === 'he' || word === 'she';
    return {
      last: q.i,
      ref: { label: word, kind: person ? 'person' : 'other', surface: word, plural: word === 'they' },
      via: 'pronoun',
    };
  },
};
