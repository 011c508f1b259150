// The pronoun mention rules: a pronoun, a possessive pronoun and what its referent has, a
// possessive pronoun owning a statement noun ("his claim that"), or a pronoun kept as written
// (an unplaced one, or the writer's "I").
import type { RuleTable } from '../../../rules/rule.ts';
import type { Found } from '../../found.ts';
import type { MentionQuery } from '../query.ts';
import { possessivePronoun } from './possessivePronoun.ts';
import { firstPerson } from './firstPerson.ts';
import { pronoun } from './pronoun.ts';
import { statementOwner } from './statementOwner.ts';
import { unresolvedPronoun } from './unresolvedPronoun.ts';

export const PRONOUN_MENTION_RULES: RuleTable<MentionQuery, Found, string> = {
  name: 'pronoun-mention',
  rules: [pronoun, possessivePronoun, statementOwner, unresolvedPronoun, firstPerson],
};
