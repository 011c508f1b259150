// The pronoun rules, in the order they are tried: the first that finds a referent decides. The last
// only guesses (the most recent actor of a fitting kind, whatever its place in its sentence): for
// "it" and "they", read by hand on real news, that is seldom the referent (a document, a programme,
// a crowd), so a subject "it" or "they" it alone resolves stays as written
// (../../mentions/pronoun/unresolvedPronoun.ts); for "he" and "she" it mostly is.
import type { Fired, RuleTable } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { openingSubject } from './openingSubject.ts';
import { pluralGroup } from './pluralGroup.ts';
import { quoteTag } from './quoteTag.ts';
import type { PronounQuery } from './query.ts';
import { recentCompatible } from './recentCompatible.ts';
import { recentSubject } from './recentSubject.ts';

export const PRONOUN_RULES: RuleTable<PronounQuery, Actor, string> = {
  name: 'pronoun',
  rules: [openingSubject, quoteTag, recentSubject, pluralGroup, recentCompatible],
};

const GUESS = `${PRONOUN_RULES.name}/${recentCompatible.name}`;

/** Is what the pronoun rules found for `word` no referent, or only a guess at one? */
export const guessOnly = (fired: Fired<Actor> | null, word: string): boolean =>
  fired === null || (fired.rule === GUESS && word !== 'he' && word !== 'she');
