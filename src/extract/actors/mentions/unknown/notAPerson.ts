// Runs of proper nouns that name no person: after "the" ("the Global Response Staff": a person's
// name takes no article) or a preposition of place ("in Harlow Springs").
import { PLACE_PREPOSITIONS } from '../../../lexicon/grammar.ts';
import { runActor, type UnknownNameRule } from './query.ts';

export const notAPerson: UnknownNameRule = {
  name: 'not-a-person',
  description: 'a short run of proper nouns after "the" or a preposition of place is no person',
  examples: [
    { text: 'Karl Brenner met the Harlow Response Staff on Monday.', expected: 'Harlow Response Staff' },
    { text: 'Karl Brenner lives in Elm Grove.', expected: 'Elm Grove' },
    { text: 'Karl Brenner met Hanna Lind on Monday.', expected: null },
  ],
  apply: (q) => {
    const { doc, i, s, end } = q;
    if (!q.allProper || end - i > 3) return null;
    const before = i > s.first ? (doc.t.lower[i - 1] as string) : '';
    if (before !== 'the' && !PLACE_PREPOSITIONS.has(before)) return null;
    return { last: end, ref: runActor(q, 'other'), via: before === 'the' ? 'name' : 'weak' };
  },
};
