// "they" prefers a group spoken of in the plural ("rebels", "officials") to an organisation.
import type { Rule } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { findBack } from '../candidates.ts';
import type { PronounQuery } from './query.ts';

export const pluralGroup: Rule<PronounQuery, Actor, string> = {
  name: 'plural-group',
  description: '"they" refers to the most recent group spoken of in the plural',
  examples: [
    { text: 'Rebels attacked the town on Monday, and they said the army had fled.', expected: 'rebels' },
    { text: 'The Norland Energy Agency met on Monday, and they said nothing.', expected: null },
  ],
  apply: (q) =>
    q.word === 'they' ? (findBack(q.ctx, q.at, (a, m) => a.plural && (!m.quoted || q.quoted)) ?? null) : null,
};
