// "the mayor" → "Mayor Ana Duarte", "the agency" → "Norland Energy Agency", "the lawyer" → "Angela
// Smith, a lawyer for the family": the last actor whose label, an alias or a person's post (given
// in an apposition) holds the noun as a word.
import type { Rule } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { findBack, WINDOW, type ResolveContext } from '../candidates.ts';
import type { DescriptionQuery } from './query.ts';

/** A noun as a whole word, any case: its pattern, and its lower-case form when it is all ASCII. */
export interface WordTest {
  readonly pattern: RegExp;
  readonly ascii: string | undefined;
}

const WORD_TESTS = new Map<string, WordTest>();

/** The noun as a whole word, any case; compiled once per noun (descriptions recur in every document). */
export function wordTest(noun: string): WordTest {
  let test = WORD_TESTS.get(noun);
  if (!test) {
    const clean = noun.replace(/[^\p{L}\p{N} ]/gu, '');
    const pattern = new RegExp(`(^|[^\\p{L}])${clean}($|[^\\p{L}])`, 'iu');
    test = { pattern, ascii: isAscii(clean) ? clean.toLowerCase() : undefined };
    WORD_TESTS.set(noun, test);
  }
  return test;
}

function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 127) return false;
  return true;
}

/**
 * Does `text` hold the word? Between ASCII strings, ignoring case is lower-casing (the pattern's
 * `iu` folds only other characters onto ASCII letters), so a text that does not hold the noun's
 * letters at all is answered without the pattern.
 */
export function holdsWord(test: WordTest, text: string): boolean {
  if (test.ascii !== undefined && isAscii(text) && !text.toLowerCase().includes(test.ascii)) return false;
  return test.pattern.test(text);
}

/** The last actor (before token `at`, within a long window) whose label, an alias or post holds `noun`. */
export function holding(ctx: ResolveContext, noun: string, at: number): Actor | undefined {
  const word = wordTest(noun);
  // (an actor is mentioned many times in the window, and the answer is the actor's: each is tested once)
  const tested = new Map<Actor, boolean>();
  return findBack(
    ctx,
    at,
    (a) => {
      let holds = tested.get(a);
      if (holds === undefined) {
        holds =
          holdsWord(word, a.label) ||
          a.aliases.some((alias) => holdsWord(word, alias)) ||
          holdsWord(word, ctx.posts.get(a.id) ?? '');
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
