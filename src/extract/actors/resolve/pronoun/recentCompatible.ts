// The fallback: the most recent compatible actor that is not a possessor ("Berg's lawyer" names
// Berg only to say whose lawyer), else the most recent compatible actor at all, else (a pronoun
// after a quotation that names its only candidate) a compatible actor named inside a quotation. Only
// a guess: a subject "it" or "they" it alone resolves stays as written (./table.ts guessOnly).
import type { Rule } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { findBack } from '../candidates.ts';
import { compatible, type PronounQuery } from './query.ts';

export const recentCompatible: Rule<PronounQuery, Actor, string> = {
  name: 'recent-compatible',
  description: 'the most recent compatible actor, possessors last',
  examples: [
    { text: 'Police arrested Karl Brenner on Monday, and he said the charges were false.', expected: 'Karl Brenner' },
    { text: 'Fighting broke out near the border. It was heavy.', expected: null },
  ],
  apply: (q) =>
    findBack(q.ctx, q.at, (a, m) => m.role !== 'possessor' && compatible(q, a, m)) ??
    findBack(q.ctx, q.at, (a, m) => compatible(q, a, m)) ??
    findBack(q.ctx, q.at, (a, m) => compatible({ ...q, quoted: true }, a, m)) ??
    null,
};
