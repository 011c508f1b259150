// Content spans shared by the reporting rules: the content before a speaker phrase ('"Y," X said',
// including a quotation opened sentences earlier), the object of a denial up to "as" or a
// participle, the claim noun an object relative hangs on, and the ends of relative clauses.
import { CUES } from '../lexicon/cues.ts';
import type { SentenceContext } from './context.ts';
import { boundaryBefore } from './spans.ts';
import { DASHES, type SentenceView } from './view.ts';
import type { TokenRange } from '../types.ts';
import { CLAIM_NOUNS, PROPOSAL_NOUNS } from '../lexicon/nouns.ts';
import { OPENING_SUBORDINATORS, SUBJECT_PRONOUNS } from '../lexicon/grammar.ts';

/** Tokens a phrase of circumstance may take after a cue ("in a statement on Tuesday"). */
const CIRCUMSTANCE_REACH = 6;

/** Past a short phrase of circumstance at k ("in a statement", "on Tuesday"): the token after it, else k. */
export function pastCircumstance(v: SentenceView, k: number): number {
  if (v.pos(k) !== 'ADP') return k;
  for (let j = k + 1; j <= v.last && j <= k + CIRCUMSTANCE_REACH; j++) {
    if (v.value(j) === ',') return j;
    if (v.pos(j) === 'AUX' || v.lower(j) === 'that' || v.isQuote(j)) return k;
  }
  return k;
}

/** The content before the speaker phrase starting at `speakerFirst`, possibly a quotation opened sentences earlier. */
export function contentBefore(
  ctx: SentenceContext,
  speakerFirst: number,
): { content: TokenRange; firstSentence?: number; quoted: boolean } | null {
  const { v } = ctx;
  const mark = boundaryBefore(v, speakerFirst);
  if (mark < 0) return null;
  let end = mark - 1;
  let closing = v.isQuote(mark) ? mark : -1;
  if (closing < 0 && v.isQuote(end)) closing = end;
  while (end >= v.first && (v.value(end) === ',' || v.isQuote(end))) {
    if (v.isQuote(end) && closing < 0) closing = end;
    end--;
  }
  if (closing >= 0) {
    const open = v.quotePartner.get(closing);
    if (open !== undefined && open < closing) {
      const content = v.trim(open + 1, end);
      return content ? { content, quoted: true } : null;
    }
    const earlier = ctx.openQuote();
    if (earlier) {
      const [sentence, token] = earlier;
      const content = end >= token + 1 ? { first: token + 1, last: end } : null;
      return content ? { content, firstSentence: sentence, quoted: true } : null;
    }
  }
  const content = v.trim(ctx.start, end);
  return content ? { content, quoted: false } : null;
}

/**
 * "denied the allegations, calling them nonsense", "rejected the findings of the report, which accused …":
 * a participle or relative clause after a comma is not part of the object.
 */
export function beforeParticiple(v: SentenceView, content: TokenRange): TokenRange {
  for (let k = content.first + 1; k < content.last; k++) {
    if (v.value(k) !== ',' || v.insideQuote(k)) continue;
    const next = v.lower(k + 1);
    if ((v.pos(k + 1) === 'VERB' && /ing$/.test(next)) || next === 'which' || next === 'who' || next === 'whose')
      return v.trim(content.first, k - 1) ?? content;
  }
  return content;
}

/**
 * "promised lower taxes, but he has also …", "echoed the criticism, and the mayor said …": an
 * object (no verb of its own) ends where a clause of its own begins (a comma, a conjunction, a
 * subject and its verb).
 */
export function beforeNewClause(v: SentenceView, content: TokenRange): TokenRange {
  for (let k = content.first + 1; k < content.last - 2; k++) {
    if ((v.pos(k) === 'VERB' || v.pos(k) === 'AUX') && !v.insideQuote(k)) return content;
    if (v.value(k) === ',' && v.isQuote(k + 1)) continue;
    // (the comma, or a quotation closed after its comma: '"better trains," but she …')
    const comma =
      (v.value(k) === ',' && !v.insideQuote(k)) ||
      (v.isQuote(k) && (v.quotePartner.get(k) ?? k) < k && v.value(k - 1) === ',');
    if (!comma || !NEW_CLAUSE_JOINERS.has(v.lower(k + 1))) continue;
    const at = k + 2;
    const subject = SUBJECT_PRONOUNS.has(v.lower(at)) ? at : (v.mentionStartingAt(at)?.last ?? -1);
    if (subject < 0) continue;
    let n = subject + 1;
    while (n <= content.last && v.pos(n) === 'ADV') n++;
    if (v.pos(n) === 'VERB' || v.pos(n) === 'AUX') return v.trim(content.first, k - 1) ?? content;
  }
  return content;
}

const NEW_CLAUSE_JOINERS: ReadonlySet<string> = new Set([
  'but',
  'and',
  'while',
  'yet',
  'though',
  'although',
  'whereas',
]);

/** "…, an accusation the IAEA has repeatedly denied": the claim noun phrase the object relative clause hangs on. */
/** Tokens from a comma to the verb of the main clause after it ("…, Ana Duarte said"; "…, the minister has said"). */
const MAIN_CLAUSE_REACH = 6;

/**
 * "While Okafor has said that A, Duarte said B": in a clause opening the sentence with a subordinator,
 * the content ends at the comma after which the main clause begins (a subject, then its verb), so
 * the main clause is a statement of its own and not part of what the subordinate clause reported.
 */
export function beforeMainClause(v: SentenceView, start: number, content: TokenRange): TokenRange {
  const opener = v.lower(start);
  if (!OPENING_SUBORDINATORS.has(opener) || (opener === 'even' && !/^(though|if)$/.test(v.lower(start + 1))))
    return content;
  for (let k = content.first; k < content.last; k++) {
    if (v.value(k) !== ',' || v.insideQuote(k)) continue;
    const subject = v.mentions.find((m) => m.first === k + 1 || (m.first === k + 2 && v.pos(k + 1) === 'DET'));
    if (!subject) continue;
    for (let j = subject.last + 1; j <= content.last && j - subject.last <= MAIN_CLAUSE_REACH; j++) {
      if (v.value(j) === ',') break;
      if (v.pos(j) === 'VERB' || v.pos(j) === 'AUX') return { first: content.first, last: k - 1 };
    }
  }
  return content;
}

export function claimBefore(v: SentenceView, speakerFirst: number): TokenRange | null {
  let k = speakerFirst - 1;
  if (v.lower(k) === 'the') k--;
  if (v.lower(k) === 'that' || v.lower(k) === 'which') k--;
  const noun = v.lower(k);
  if (!CLAIM_NOUNS.has(noun) && !PROPOSAL_NOUNS.has(noun)) return null;
  let first = k;
  while (first - 1 >= v.first && first > k - 3 && (v.pos(first - 1) === 'ADJ' || v.pos(first - 1) === 'DET')) first--;
  return { first, last: k };
}

/** "X said Y, which Z denied": the earlier statement's content before ", which" is what Z denies. */
export function relativeAntecedent(ctx: SentenceContext, speakerFirst: number): TokenRange | null {
  const { v } = ctx;
  let k = speakerFirst - 1;
  if (v.lower(k) === 'the') k--;
  if (v.lower(k) !== 'which' || v.value(k - 1) !== ',') return null;
  const comma = k - 1;
  const earlier = ctx.earlier.find((e) => e.content.first < comma && e.content.last >= comma);
  return earlier ? v.trim(earlier.content.first, comma - 1) : null;
}

/** "dismissed the report as politically motivated", "rejected the claim as absurd": the object ends at "as". */
export function beforeAs(v: SentenceView, content: TokenRange): TokenRange {
  for (let k = content.first + 1; k <= content.last; k++) {
    if (v.lower(k) === 'as' && (v.pos(k - 1) === 'NOUN' || v.pos(k - 1) === 'PROPN'))
      return v.trim(content.first, k - 1) ?? content;
    if (v.pos(k) === 'VERB' || v.pos(k) === 'AUX') break;
  }
  return content;
}

/** Relative clauses end at the delimiter that closes them: "-- who Russia maintains backs the rebels --". */
export function endAtDelimiter(v: SentenceView, content: TokenRange, inside: boolean): TokenRange | null {
  for (let k = content.first; k <= content.last; k++) {
    const value = v.value(k);
    if (
      DASHES.has(value) ||
      value === ')' ||
      (value === ',' && (inside || v.pos(k + 1) === 'AUX' || v.pos(k + 1) === 'VERB'))
    ) {
      return v.trim(content.first, k - 1);
    }
  }
  return content;
}

/** The antecedent of "who …": the mention before the relative pronoun (and its dash or comma). */
export function antecedentOf(v: SentenceView, speakerFirst: number): string[] {
  let k = speakerFirst - 2;
  if (v.value(k) === ',' || DASHES.has(v.value(k))) k--;
  const m = v.mentionEndingAt(k);
  return m ? [m.actor] : [];
}

/** Tokens a speaker phrase with its apposition may take before a second quotation ('"Y1," said X, a senator, "Y2"'). */
const SECOND_QUOTE_REACH = 40;
const SENTENCE_BREAKS: ReadonlySet<string> = new Set(['.', '?', '!', ';']);

/**
 * '"Y1," X said, "Y2."': the last token of a second quotation that opens after a comma or colon
 * past `after` (the cue or the speaker), so that both halves make one statement; -1 if none.
 * A quotation left open at the sentence end runs to it (it may go on in the next sentence).
 */
export function secondQuoteEnd(v: SentenceView, after: number): number {
  for (let k = after + 1; k <= v.last && k <= after + SECOND_QUOTE_REACH; k++) {
    if (SENTENCE_BREAKS.has(v.value(k))) return -1;
    if (!v.isQuote(k)) continue;
    if (v.value(k - 1) !== ',' && v.value(k - 1) !== ':') return -1;
    const close = v.quotePartner.get(k);
    if (close !== undefined && close < k) return -1;
    if (close === undefined && !v.unpairedQuotes.includes(k)) return -1;
    const quote = v.trim(k + 1, close ?? v.last);
    return quote ? quote.last : -1;
  }
  return -1;
}

/**
 * "X said the bridge would reopen in May, citing a survey": a participle set off by a comma after a
 * reported clause tells what the speaker did while saying it, not what was said (a quotation keeps
 * its own commas; a "which" clause stays: "…, which made trade impossible" may be the speaker's).
 */
export function beforeParticipleAside(v: SentenceView, content: TokenRange): TokenRange {
  for (let k = content.first + 2; k < content.last; k++) {
    if (v.value(k) !== ',' || v.insideQuote(k)) continue;
    const next = v.lower(k + 1);
    if (v.pos(k + 1) === 'VERB' && next.endsWith('ing')) return v.trim(content.first, k - 1) ?? content;
  }
  return content;
}

/**
 * "X, noting the size of the crowd, said …": the content of a participle set off after its subject
 * ends at the comma that closes the aside before the main clause's reporting verb (a quotation
 * keeps its own commas); an aside that only says where or how ("X, writing in the Herald, said …")
 * has no content of its own (null).
 */
export function beforeMainVerb(v: SentenceView, content: TokenRange): TokenRange | null {
  for (let k = content.first + 1; k < content.last; k++) {
    if (v.value(k) !== ',' || v.insideQuote(k)) continue;
    let j = k + 1;
    while (j < content.last && v.pos(j) === 'ADV') j++;
    if (v.pos(j) !== 'VERB' || v.lower(j).endsWith('ing') || !CUES.has(v.lower(j))) continue;
    return v.pos(content.first) === 'ADP' ? null : (v.trim(content.first, k - 1) ?? content);
  }
  return content;
}
