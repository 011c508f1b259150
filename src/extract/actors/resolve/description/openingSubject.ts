// Opening a sentence ("The company said"), a description takes up the sentence before's subject of
// a compatible kind, not its object: "Halvern Oil sued Delmar Foods. The company said …" is Halvern's.
import type { Rule } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { firstIn } from '../candidates.ts';
import { singularReferent, type DescriptionQuery } from './query.ts';

export const openingSubject: Rule<DescriptionQuery, Actor, string> = {
  name: 'opening-subject',
  description: "a sentence-opening description takes up the sentence before's first actor of its kind",
  examples: [
    {
      text: 'Halvern Oil Company sued Delmar Foods Inc. on Monday. The firm said the contract was void.',
      expected: 'Halvern Oil Company',
    },
    {
      text: 'Analysts at Delmar Bank expected a loss. The company said it had made a profit.',
      expected: 'Delmar Bank',
    },
    { text: 'Karl Brenner spoke on Monday. The firm said the contract was void.', expected: null },
  ],
  apply: (q) =>
    q.previousFirst === undefined || q.kinds.length === 0
      ? null
      : (firstIn(q.ctx, q.previousFirst, q.at, (a) => q.kinds.includes(a.kind) && singularReferent(a)) ?? null),
};
