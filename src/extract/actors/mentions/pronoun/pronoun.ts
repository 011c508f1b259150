// "he", "she", "it", "they": a mention of the actor the pronoun rules choose (./resolve/pronoun),
// unless they only guess (./unresolvedPronoun.ts); "it" before "is", "looks", "seems" … has no
// referent ("it is clear that").
import { EXPLETIVE_AFTER, PRONOUNS } from '../../../lexicon/grammar.ts';
import { firstRule } from '../../../rules/rule.ts';
import { existing } from '../../found.ts';
import { guessOnly, PRONOUN_RULES } from '../../resolve/pronoun/table.ts';
import type { PronounQuery } from '../../resolve/pronoun/query.ts';
import type { MentionQuery, MentionRule } from '../query.ts';

/** The subject pronoun at q.i ("he", "she", "it", "they"; not an expletive "it is"), else undefined. */
export function subjectPronoun(q: MentionQuery): string | undefined {
  const { t } = q.doc;
  const word = t.lower[q.i] as string;
  return PRONOUNS.has(word) && !(word === 'it' && EXPLETIVE_AFTER.has(t.lower[q.i + 1] ?? '')) ? word : undefined;
}

/** Parts of speech that may open a sentence's opening phrase ("In a statement, it said"; "Later, she added"). */
const OPENING_PHRASE: ReadonlySet<string> = new Set(['ADP', 'ADV', 'SCONJ']);
/** Tokens an opening phrase before the subject may take. */
const OPENING_REACH = 8;
/** Parts of speech an opening phrase never holds: a verb makes it a clause with a subject of its own. */
const CLAUSE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PRON']);

/**
 * Does the pronoun at i open its sentence's main clause: the sentence's first token, or the first
 * after a short opening phrase set off by a comma and holding no verb ("In a statement on Monday,
 * it said …"; not "After Berg spoke, he said …")?
 */
function opensClause(q: MentionQuery): boolean {
  const { doc, i, s } = q;
  const { t } = doc;
  if (i === s.first) return true;
  if (i - s.first > OPENING_REACH || t.value[i - 1] !== ',' || !OPENING_PHRASE.has(t.pos[s.first] as string))
    return false;
  for (let k = s.first; k < i - 1; k++) if (CLAUSE_POS.has(t.pos[k] as string) || t.value[k] === ',') return false;
  return true;
}

/** The pronoun rules' question for the pronoun `word` at q.i. */
export function pronounQuery(q: MentionQuery, word: string): PronounQuery {
  const { doc, i, s } = q;
  const previousFirst = opensClause(q) ? doc.previousFirst : undefined;
  // a tag after a quotation that began sentences ago looks before the quotation, not inside it
  const carried = doc.quotes.carriedFrom();
  const tagFirst =
    i > s.first && doc.quotes.tagsOpening(i, s)
      ? carried >= 0
        ? doc.firstBefore(carried)
        : doc.previousFirst
      : undefined;
  return {
    ctx: doc,
    word,
    at: i,
    quoted: doc.quotes.inside(i),
    ...(previousFirst !== undefined ? { previousFirst } : {}),
    ...(tagFirst !== undefined ? { tagFirst } : {}),
  };
}

export const pronoun: MentionRule = {
  name: 'pronoun',
  description: 'a personal pronoun, resolved by the pronoun rules',
  examples: [
    { text: 'Hanna Lind spoke first. She said the vote was fair.', expected: 'Hanna Lind' },
    { text: 'It is clear that the vote was fair.', expected: null },
  ],
  apply: (q) => {
    const word = subjectPronoun(q);
    const fired = word === undefined ? null : firstRule(PRONOUN_RULES, pronounQuery(q, word));
    return word !== undefined && fired && !guessOnly(fired, word)
      ? { last: q.i, ref: existing(fired.result), via: 'pronoun', rule: fired.rule }
      : null;
  },
};
