// A definite description to resolve ("the agency", "the ministry", "the lawyer", "the prime
// minister"): the noun, where it stands, and the kinds of actor it may name.
import type { ActorKind } from '../../../../model/kinds.ts';
import type { ResolveContext } from '../candidates.ts';

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
