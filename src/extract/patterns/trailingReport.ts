// A report closing a sentence that holds another statement: "Berg promised to cut taxes if elected,
// Brenner said." Brenner reports the whole clause before the comma, so the last cue makes a
// statement of its own (content: the clause from the sentence's start), and Berg's promise, part of
// what Brenner reports, is no statement of its own (as "Brenner said Berg had promised A" is one
// statement, Brenner's). Without this the last cue read as a word inside Berg's content, and the
// sentence became Berg's statement "to cut taxes if elected, Brenner said".
import type { Cue } from './cues.ts';
import type { Attribution } from './frame.ts';
import { boundaryBefore, circumstanceFollows } from './spans.ts';
import type { SentenceView } from './view.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/grammar.ts';

/**
 * Does the cue close its sentence: only a circumstance ("said Monday", "told reporters in Ohio"),
 * or a participle after a comma (", adding that …") comes after it, no content of its own?
 */
export function closesSentence(v: SentenceView, cue: Cue): boolean {
  if (cue.sense.participle || !circumstanceFollows(v, cue.last, cue.sense.frame === 'tell')) return false;
  for (let k = cue.last + 1; k <= v.last; k++) {
    if (v.value(k) === ',' && v.pos(k + 1) === 'VERB' && /ing$/.test(v.lower(k + 1))) return true;
    if (v.lower(k) === 'that' || v.pos(k) === 'VERB' || v.pos(k) === 'AUX') return false;
    if (v.isQuote(k) && k < v.last && !v.isFinalPunctuation(k + 1)) return false;
  }
  return true;
}

/**
 * Is `outer` a report set off by a comma after `inner`'s cue ("…, Brenner said."), its cue inside
 * `inner`'s content and its content before its speaker?
 */
export function wrapsEarlier(v: SentenceView, inner: Attribution, outer: Attribution): boolean {
  if (outer.pattern !== 'content-first' || !outer.cue || outer.speakerAt === null || !inner.cue) return false;
  // ('A asserted that B: “C,” he claimed.', '… a “lawful source,” as the memo put it': a quotation closing
  // before a pronoun or an as-clause is that speaker's own words, not a report of the whole sentence)
  if (outer.quoted && (SUBJECT_PRONOUNS.has(v.lower(outer.speakerAt)) || asClause(v, outer.speakerAt))) return false;
  const { content } = inner;
  if (outer.cue.first <= content.first || outer.cue.first > content.last || outer.speakerAt <= inner.cue.last)
    return false;
  return boundaryBefore(v, outer.speakerAt) > content.first;
}

/** The statement a rule found for a cue inside an earlier statement's content, kept only when it is a report closing the sentence. */
export function trailingReport(
  v: SentenceView,
  earlier: readonly Attribution[],
  found: Attribution,
): Attribution | undefined {
  return earlier.some((a) => wrapsEarlier(v, a, found)) ? found : undefined;
}

/** Does the speaker starting at `at` open an as-clause ("as the memo put it", "as Okafor noted")? */
function asClause(v: SentenceView, at: number): boolean {
  let k = at - 1;
  while (k > v.first && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ')) k--;
  return v.lower(k) === 'as';
}
