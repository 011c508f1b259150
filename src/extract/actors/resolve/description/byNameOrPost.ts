// "the mayor" → "Mayor Ana Duarte", "the agency" → "Norland Energy Agency", "the lawyer" → "Angela
// Smith, a lawyer for the family": the last actor whose label, an alias or a person's post (given
// in an apposition) holds the noun as a word.
import type { Rule } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { findBack, WINDOW, type ResolveContext } from '../candidates.ts';
import type { DescriptionQuery } from './query.ts';

const WORD_PATTERNS = new Map<string, RegExp>();

/** The noun as a whole word, any case; compiled once per noun (descriptions recur in every document). */
function wordPattern(noun: string): RegExp {
  let pattern = WORD_PATTERNS.get(noun);
  if (!pattern) {
    pattern = new RegExp(`(^|[^\\p{L}])${noun.replace(/[^\p{L}\p{N} ]/gu, '')}($|[^\\p{L}])`, 'iu');
    WORD_PATTERNS.set(noun, pattern);
  }
  return pattern;
}

/** The last actor (before token `at`, within a long window) whose label, an alias or post holds `noun`. */
export function holding(ctx: ResolveContext, noun: string, at: number): Actor | undefined {
  const word = wordPattern(noun);
  // (an actor is mentioned many times in the window, and the answer is the actor's: each is tested once)
  const tested = new Map<Actor, boolean>();
  return findBack(
    ctx,
    at,
    (a) => {
      let holds = tested.get(a);
      if (holds === undefined) {
        holds =
          word.test(a.label) || a.aliases.some((alias) => word.test(alias)) || word.test(ctx.posts.get(a.id) ?? '');
        tested.set(a, holds);
      }
      return holds;
    },
    WINDOW * 4,
  );
}

export const byNameOrPost: Rule<DescriptionQuery, Actor, string> = {
  name: 'by-name-or-post',
  description: 'a description takes up the last actor whose name or post holds its noun',
  examples: [
    {
      text: 'The Norland Energy Agency raised prices. Karl Brenner criticised the move. The agency said costs had risen.',
      expected: 'Norland Energy Agency',
    },
    {
      text: 'Angela Smith, a lawyer for the family, spoke first. The lawyer said the ruling was unjust.',
      expected: 'Angela Smith',
    },
    { text: 'Karl Brenner spoke first. The agency said costs had risen.', expected: null },
  ],
  apply: (q) => holding(q.ctx, q.noun, q.at) ?? null,
};
