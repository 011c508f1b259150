// Content boundaries shared by the patterns: content after a cue ("said (on Tuesday) that Y",
// "told reporters Y", 'said: "Y"'), content before it ('"Y," X said', 'Y, X has said',
// including quotes opened sentences earlier), the dateline a first sentence may start with,
// and the end of a clause.
import { CLAIM_NOUNS } from '../lexicon/nouns.ts';
import { DAYS, MONTHS, OCCASION_STARTS, WHEN } from '../lexicon/time.ts';
import type { TokenRange } from '../types.ts';
import type { TokenTable } from '../nlp/tokens.ts';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../lexicon/quotes.ts';
import { DASHES, FINAL_PUNCTUATION, type SentenceView } from './view.ts';

const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', '--', '—', '–']);
const TRAILING_JOINERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'as',
  'whereas',
  'although',
  'though',
  ',',
  'or',
  'yet',
]);

/** First token after a dateline ("NEW DELHI:", "LONDON (Reuters) -") at the start of a paragraph, else the sentence start. */
export function afterDateline(v: SentenceView, prevSamePara: boolean): number {
  if (prevSamePara) return v.first;
  for (let k = v.first; k <= v.last && k < v.first + 10; k++) {
    const value = v.value(k);
    if (value === ':' || DASHES.has(value)) return k > v.first ? k + 1 : v.first;
    const upperish =
      value === value.toUpperCase() ||
      value === '(' ||
      value === ')' ||
      value === ',' ||
      v.pos(k) === 'PROPN' ||
      v.pos(k) === 'NUM';
    if (!upperish) return v.first;
  }
  return v.first;
}

/** Skips the person told: "told reporters", "told Reuters", "told the BBC", "told a news conference". */
export function skipRecipient(v: SentenceView, i: number): number {
  const m = v.mentionStartingAt(i) ?? (/^(the|a|an)$/.test(v.lower(i)) ? v.mentionStartingAt(i + 1) : undefined);
  if (m) {
    // ("told a North Carolina rally": the name may only modify the hearer's noun)
    let after = m.last + 1;
    while (after <= v.last && after <= m.last + 2 && v.pos(after) === 'NOUN') after++;
    return after;
  }
  let k = i;
  if (/^(the|a|an|local|state|foreign|national)$/.test(v.lower(k))) k++;
  let nouns = 0;
  while (k <= v.last && (v.pos(k) === 'NOUN' || v.pos(k) === 'PROPN' || v.pos(k) === 'ADJ') && nouns < 3) {
    k++;
    nouns++;
    if (v.pos(k - 1) !== 'ADJ' && v.pos(k) !== 'NOUN' && v.pos(k) !== 'PROPN') break;
  }
  return nouns ? k : i;
}

/** Skips "on Monday", "late on Sunday", "earlier" right after a cue ("said on Monday it would appeal"). */
function skipWhen(v: SentenceView, i: number): number {
  let k = i;
  if (v.lower(k) === 'late' || v.lower(k) === 'early') k++;
  if (v.lower(k) === 'on' && DAYS.has(v.lower(k + 1))) return k + 2;
  return WHEN.has(v.lower(k)) && v.pos(k + 1) !== 'VERB' && v.pos(k + 1) !== 'AUX' ? k + 1 : i;
}

/** The content after a cue that ends at `after`. */
export function contentAfter(v: SentenceView, after: number, tell: boolean): TokenRange | null {
  let i = after + 1;
  while (i <= v.last && (v.value(i) === ',' || v.value(i) === ':')) i++;
  if (tell) i = skipRecipient(v, i);
  i = skipWhen(v, i);
  const circumstance = v.pos(i) === 'ADP';
  for (let k = i; k <= v.last && k < i + 9; k++) {
    const lower = v.lower(k);
    if (lower === 'that') {
      i = k + 1;
      break;
    }
    const pos = v.pos(k);
    // ('said during the debate last week, "Y"': the circumstance ends at the comma before the quotation)
    if (circumstance && lower === ',' && v.isQuote(k + 1) && (v.quotePartner.get(k + 1) ?? k) > k + 1) {
      i = k + 1;
      break;
    }
    // ("said in a televised address that …": inside a phrase of circumstance the tagger's verbs are nouns)
    if (
      (pos === 'VERB' && !circumstance) ||
      (circumstance && lower === ',') ||
      pos === 'AUX' ||
      v.isQuote(k) ||
      lower === '.' ||
      lower === ';'
    )
      break;
  }
  while (i <= v.last && (v.value(i) === ',' || v.value(i) === ':')) i++;
  if (v.isQuote(i)) {
    const close = v.quotePartner.get(i);
    if (close !== undefined && close > i && (close >= v.last - 1 || !/^(and|but)$/.test(v.lower(close + 1))))
      return v.trim(i + 1, close - 1);
  }
  const range = v.trim(i, coordinatedVerbBefore(v, i, v.last));
  return range && beforeClaimAside(v, range);
}

/**
 * "… downed 30 drones, a claim that could not be independently verified": an apposition naming
 * the content a claim is the writer's (or another speaker's) comment, not part of the content.
 */
function beforeClaimAside(v: SentenceView, range: TokenRange): TokenRange | null {
  for (let k = range.first + 1; k < range.last - 1; k++) {
    if (v.value(k) !== ',' || v.insideQuote(k)) continue;
    const det = v.lower(k + 1);
    if (det !== 'a' && det !== 'an' && det !== 'the') continue;
    let n = k + 2;
    while (n < range.last && v.pos(n) === 'ADJ') n++;
    if (CLAIM_NOUNS.has(v.lower(n))) return dropTrailingJoiners(v, { first: range.first, last: k - 1 });
  }
  return range;
}

/** "… but urged the Commission …", "… and called on Congress …": a verb phrase coordinated with the cue ends its content. */
export function coordinatedVerbBefore(v: SentenceView, from: number, last: number): number {
  for (let k = from + 1; k < last; k++) {
    const lower = v.lower(k);
    if (
      (lower === 'and' || lower === 'but') &&
      (v.pos(k + 1) === 'VERB' || (v.pos(k + 1) === 'AUX' && v.pos(k + 2) === 'VERB' && !v.mentionEndingAt(k - 1))) &&
      !/ing$/.test(v.lower(k + 1)) &&
      !v.insideQuote(k)
    ) {
      if (v.pos(k + 1) === 'VERB' && !/(ed|ew|old|aid|ought|ent)$/.test(v.lower(k + 1))) continue;
      return k - 1;
    }
  }
  return last;
}

/** Is there clause material after `after` (a verb, "that", a quotation)? If not, the content came before the speaker. */
export function hasClauseAfter(v: SentenceView, after: number): boolean {
  for (let k = after + 1; k <= v.last; k++) {
    const lower = v.lower(k);
    if (
      lower === 'that' ||
      v.pos(k) === 'VERB' ||
      v.pos(k) === 'AUX' ||
      (v.isQuote(k) && v.quotePartner.get(k) !== undefined && (v.quotePartner.get(k) as number) > k) ||
      // 'X added: "Of course. …': a quotation that opens here and runs on past the sentence end
      (v.isQuote(k) && k < v.last && v.unpairedQuotes.includes(k) && v.startsWord(k))
    )
      return true;
  }
  return false;
}

/** Where the content before a speaker phrase ends: the comma, quote or dash before it (index of that mark), or -1. */
export function boundaryBefore(v: SentenceView, speakerFirst: number): number {
  for (let k = speakerFirst - 1; k >= v.first && speakerFirst - k <= 9; k--) {
    const value = v.value(k);
    if (
      value === ',' ||
      DASHES.has(value) ||
      (v.isQuote(k) && v.quotePartner.get(k) !== undefined && (v.quotePartner.get(k) as number) < k)
    )
      return k;
    if (v.isQuote(k) && v.unpairedQuotes.includes(k)) return k;
    if (v.pos(k) === 'VERB' && !/ed$/.test(v.lower(k))) return -1;
  }
  return -1;
}

/** End of the clause that starts at `from`: before a comma, dash or semicolon, or the sentence end. */
export function clauseEnd(v: SentenceView, from: number, stopAtComma = true): number {
  for (let k = from; k <= v.last; k++) {
    const value = v.value(k);
    if (CLAUSE_BREAKS.has(value) || (stopAtComma && value === ',' && !v.insideQuote(k)) || value === '(') return k - 1;
  }
  return coordinatedVerbBefore(v, from, v.last);
}

/** Drops conjunctions and punctuation left at the end of a cut content ("… casualties and"). */
export function dropTrailingJoiners(v: SentenceView, range: TokenRange): TokenRange | null {
  let { last } = range;
  while (last >= range.first && (TRAILING_JOINERS.has(v.lower(last)) || v.isFinalPunctuation(last) || v.isQuote(last)))
    last--;
  return last >= range.first ? { first: range.first, last } : null;
}

/** Punctuation a quotation may end with before its closing mark ('… surprised?”'). */
const QUOTE_END_REACH = 2;

/**
 * A content made of a quotation broken by its speaker tag ('“A,” X said. “B?”') keeps the outer
 * quotation marks and the final punctuation, so its text reads as the quotation it is.
 */
export function withQuoteMarks(t: TokenTable, range: TokenRange): TokenRange {
  let { first, last } = range;
  if (first > 0 && OPENING_QUOTES.has(t.value[first - 1] as string)) first--;
  if (first < range.first && doubledMark(t, first - 1)) first--;
  let k = last + 1;
  while (k < t.value.length && k - last <= QUOTE_END_REACH && FINAL_PUNCTUATION.has(t.value[k] as string)) k++;
  if (k < t.value.length && CLOSING_QUOTES.has(t.value[k] as string)) last = doubledMark(t, k) ? k + 1 : k;
  return { first, last };
}

/**
 * Is the mark at k the first of two touching apostrophes written for one double quotation mark
 * ("''Yes,'' she said")? Both belong to the quotation's edge, not one of them.
 */
function doubledMark(t: TokenTable, k: number): boolean {
  const mark = t.value[k];
  return (
    k >= 0 &&
    k + 1 < t.value.length &&
    (mark === "'" || mark === '’' || mark === '‘') &&
    t.value[k + 1] === mark &&
    t.end[k] === t.start[k + 1]
  );
}

/** Parts of speech that open a phrase of circumstance after a cue ("said in an interview", "said as the crowd cheered"). */
const CIRCUMSTANCE_POS: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'ADV']);

/**
 * Does a circumstance, not a content, follow the cue ending at `after`: the sentence end, a
 * comma, a preposition or subordinator, an adverb, a day, month or time word ("said Thursday",
 * "told reporters in Ohio")? A subject, "that" or a quotation starts a content instead.
 */
export function circumstanceFollows(v: SentenceView, after: number, tell: boolean): boolean {
  const k = tell ? skipRecipient(v, after + 1) : after + 1;
  if (k > v.last || v.isFinalPunctuation(k)) return true;
  const lower = v.lower(k);
  if (lower === 'that' || v.isQuote(k)) return false;
  return CIRCUMSTANCE_POS.has(v.pos(k)) || DAYS.has(lower) || MONTHS.has(lower) || OCCASION_STARTS.has(lower);
}
