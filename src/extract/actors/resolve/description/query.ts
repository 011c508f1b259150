// A definite description to resolve ("the agency", "the ministry", "the lawyer", "the prime
// minister"): the noun, where it stands, and the kinds of actor it may name.
import type { ActorKind } from '../../../../model/kinds.ts';
import type { ResolveContext } from '../candidates.ts';
import type { Actor } from '../../registry.ts';

export interface DescriptionQuery {
  readonly ctx: ResolveContext;
  /** The description's head noun, lower case ("agency", "minister"). */
  readonly noun: string;
  /** The description's first token. */
  readonly at: number;
  /** The kinds of actor the description may name (empty: only by name or post). */
  readonly kinds: readonly ActorKind[];
  /** First token of the sentence before, when the description opens its sentence. */
  readonly previousFirst?: number;
}

/**
 * May a singular description ("the company", "the group") name this actor of one of its kinds? Not a
 * group spoken of in the plural ("workers", "analysts"), and of the catch-all kind only a name
 * ("Delmar Foods"), not a common noun ("organizers", "statement").
 */
export function singularReferent(actor: Actor): boolean {
  return !actor.plural && (actor.kind !== 'other' || /^\p{Lu}/u.test(actor.label));
}
