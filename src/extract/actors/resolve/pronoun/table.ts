// The pronoun rules, in the order they are tried: the first that finds a referent decides. The last
// only guesses (the most recent actor of a fitting kind, whatever its place in its sentence): read by
// hand on real news it is seldom the referent, so a subject pronoun it alone resolves stays as
// written (../../mentions/pronoun/unresolvedPronoun.ts).
import type { RuleTable } from '../../../rules/rule.ts';
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

/** `<table>/<rule>` of the rules whose referent is only a guess. */
export const GUESSING_RULES: ReadonlySet<string> = new Set([`${PRONOUN_RULES.name}/${recentCompatible.name}`]);
