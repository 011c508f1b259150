// The description rules, in the order they are tried: a document by whom it was given to, then by
// name or post, then by kind.
import { firstRule, type Fired, type RuleTable } from '../../../rules/rule.ts';
import type { ActorKind } from '../../../../model/kinds.ts';
import { DESCRIPTIONS } from '../../../lexicon/titles.ts';
import type { Actor } from '../../registry.ts';
import { byNameOrPost } from './byNameOrPost.ts';
import { documentOwner } from './documentOwner.ts';
import { openingSubject } from './openingSubject.ts';
import type { DescriptionQuery } from './query.ts';
import { recentOfKind } from './recentOfKind.ts';

export const DESCRIPTION_RULES: RuleTable<DescriptionQuery, Actor, string> = {
  name: 'description',
  rules: [documentOwner, byNameOrPost, openingSubject, recentOfKind],
};

/**
 * The actor a description means: by its noun ("the agency"), of `kind` when given (a state body:
 * "the army" is a military), else of the kinds the lexicon gives the noun.
 */
export function resolveDescription(
  ctx: DescriptionQuery['ctx'],
  noun: string,
  at: number,
  kind?: ActorKind,
  previousFirst?: number,
): Fired<Actor> | null {
  const kinds = kind ? [kind] : (DESCRIPTIONS.get(noun) ?? []);
  return firstRule(DESCRIPTION_RULES, {
    ctx,
    noun,
    at,
    kinds,
    ...(previousFirst !== undefined ? { previousFirst } : {}),
  });
}
