// The pronoun mention rules: a pronoun, or a possessive pronoun and what its referent has.
import type { RuleTable } from '../../../rules/rule.ts';
import type { Found } from '../../found.ts';
import type { MentionQuery } from '../query.ts';
import { possessivePronoun } from './possessivePronoun.ts';
import { pronoun } from './pronoun.ts';

export const PRONOUN_MENTION_RULES: RuleTable<MentionQuery, Found, string> = {
  name: 'pronoun-mention',
  rules: [pronoun, possessivePronoun],
};
