// The pronoun rules, in the order they are tried: the first that finds a referent decides.
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
