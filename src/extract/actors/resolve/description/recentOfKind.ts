// The most recent actor of a kind the description may name, a possessor last ("tracked the
// company's supply chain" seldom is what a later "the company" takes up), never a group spoken of in
// the plural or a common noun ("analysts", "critics": ./query.ts singularReferent). Not for a person's post
// ("the president", "the spokesman"): the last person named seldom holds it; a post goes to its
// holder by name or title (by-name-or-post) or stays as written.
import type { Rule } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { POSSESSIVE_MARKS } from '../../../lexicon/grammar.ts';
import { findBack } from '../candidates.ts';
import { singularReferent, type DescriptionQuery } from './query.ts';

export const recentOfKind: Rule<DescriptionQuery, Actor, string> = {
  name: 'recent-of-kind',
  description: 'a description takes up the most recent actor of a kind it may name, possessors last',
  examples: [
    {
      text: 'Regulators fined Delmar Foods Inc. on Monday, and then the company said it would appeal.',
      expected: 'Delmar Foods Inc.',
    },
    {
      text: 'Regulators fined Delmar Foods on Monday after analysts raised doubts, and then the company said it would appeal.',
      expected: 'Delmar Foods',
    },
    {
      text: 'Delmar Foods met its critics on Monday, and then the company said it would appeal.',
      expected: 'Delmar Foods',
    },
    { text: 'Karl Brenner spoke on Monday, and then the company said it would appeal.', expected: null },
    {
      text: 'Police questioned Karl Brenner on Monday, and then the president said the inquiry was over.',
      expected: null,
    },
  ],
  apply: (q) =>
    q.kinds.length === 0 || q.kinds.includes('person')
      ? null
      : (findBack(
          q.ctx,
          q.at,
          (a, m) =>
            q.kinds.includes(a.kind) && singularReferent(a) && !POSSESSIVE_MARKS.has(q.ctx.t.lower[m.last + 1] ?? ''),
        ) ??
        findBack(q.ctx, q.at, (a) => q.kinds.includes(a.kind) && singularReferent(a)) ??
        null),
};
