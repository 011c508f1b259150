// Token-level helpers for names: capitalisation, acronyms, titles and person-name runs.
import type { TokenTable } from '../nlp/tokens.ts';
import {
  MAX_TITLE_WORDS,
  NAME_CONNECTORS,
  NOT_NAMES,
  TITLE_HEADS,
  TITLE_SET,
  TITLE_STARTS,
} from '../lexicon/titles.ts';
import { NAME_PARTICLES } from '../lexicon/grammar.ts';
import { HEADLINE_CUES } from '../lexicon/cues.ts';

export function isCapitalised(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 192) return false;
  const first = value.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "MHRA", "SOHR", "U.N." — two to seven capitals, dots allowed. */
export function isAcronym(value: string): boolean {
  return /^(?:[A-Z]\.?){2,7}$/.test(value) || /^[A-Z][A-Z&]{1,6}$/.test(value);
}

export function letters(value: string): string {
  return value.replace(/[^A-Za-z]/g, '');
}

/** Can this token be part of a proper name (capitalised and not a function word)? False past the last token. */
export function isNameToken(t: TokenTable, i: number, sentenceFirst: number): boolean {
  const value = t.value[i];
  if (value === undefined || !isCapitalised(value)) return false;
  if (!/\p{L}/u.test(value)) return false;
  const pos = t.pos[i];
  if (NOT_NAMES.has(t.lower[i] as string)) return false;
  if (i === sentenceFirst && pos !== 'PROPN' && pos !== 'NOUN') return false;
  return pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'X' || pos === 'VERB' || pos === 'NUM';
}

/** End (inclusive) of the longest title starting at i, or -1. */
export function matchTitle(t: TokenTable, i: number, last: number): number {
  // "Infrastructure Minister", "Environment Minister", "Chief Executive Officer": capitalised words before a title head
  for (let j = i; j <= last && j < i + 4; j++) {
    // (words that never start a name, "On Monday Sen. …", are no part of a title)
    if (!isCapitalised(t.value[j] as string) || NOT_NAMES.has(t.lower[j] as string) || t.pos[j] === 'ADP') break;
    if (j > i && TITLE_HEADS.has(t.lower[j] as string)) {
      const longer = matchTitle(t, j, last);
      return longer > j ? longer : j;
    }
  }
  return exactTitle(t, i, last);
}

function exactTitle(t: TokenTable, i: number, last: number): number {
  if (!TITLE_STARTS.has(t.lower[i] as string)) return -1;
  let best = -1;
  let phrase = '';
  for (let j = i; j <= last && j < i + MAX_TITLE_WORDS + 1; j++) {
    const lower = t.lower[j] as string;
    if (j > i && lower === '-') {
      phrase += '-';
      continue;
    }
    phrase = j === i ? lower : phrase.endsWith('-') ? phrase + lower : `${phrase} ${lower}`;
    if (TITLE_SET.has(phrase)) best = j;
  }
  return best;
}

/** End (inclusive) of a person's name starting at i (one to four name words), or -1. */
export function matchPersonName(t: TokenTable, i: number, last: number, sentenceFirst: number): number {
  let end = -1;
  let words = 0;
  for (let j = i; j <= last && words < 5; j++) {
    const lower = t.lower[j] as string;
    // "Terry E. Branstad": a middle initial inside a name, not an acronym
    const initial = end >= 0 && /^\p{Lu}\.$/u.test(t.value[j] as string) && isCapitalised(t.value[j + 1] ?? '');
    if (initial || (isNameToken(t, j, sentenceFirst) && !isAcronymLike(t.value[j] as string))) {
      end = j;
      words++;
      continue;
    }
    // "al-Assad", "bin Salman", "de Mistura": lower-case particles inside a name
    if (
      end >= 0 &&
      NAME_PARTICLES.has(lower) &&
      j < last &&
      (isCapitalised(t.value[j + 1] as string) || (t.value[j + 1] === '-' && isCapitalised(t.value[j + 2] ?? '')))
    )
      continue;
    if (
      end >= 0 &&
      (lower === '-' || lower === '.') &&
      j < last &&
      isCapitalised(t.value[j + 1] as string) &&
      t.start[j] === t.end[j - 1]
    )
      continue;
    break;
  }
  return end;
}

const isAcronymLike = (value: string): boolean =>
  value.length > 1 && value === value.toUpperCase() && /^[A-Z.]+$/.test(value) && value.length <= 7;

/** End (inclusive) of a capitalised run starting at i, with connectors between capitalised words. */
export function matchCapitalisedRun(t: TokenTable, i: number, last: number, sentenceFirst: number): number {
  let end = -1;
  for (let j = i; j <= last; j++) {
    // a title-case headline's verb ("Dana Wilk Says She …", "…, Dana Wilk Says.") ends the name before it
    if (
      end >= 0 &&
      j < last &&
      HEADLINE_CUES.has(t.lower[j] as string) &&
      (isCapitalised(t.value[j + 1] as string) || (j + 1 === last && /^[.!?]$/.test(t.value[j + 1] as string)))
    )
      break;
    if (isNameToken(t, j, sentenceFirst)) {
      end = j;
      continue;
    }
    const lower = t.lower[j] as string;
    if (
      end >= 0 &&
      (NAME_CONNECTORS.has(lower) ||
        lower === '-' ||
        ((lower === "'" || lower === '’') && /s$/.test(t.value[j - 1] as string))) &&
      j < last &&
      isNameToken(t, j + 1, sentenceFirst) &&
      !(lower === 'and' && t.lower[j + 1] === 'the')
    )
      continue;
    break;
  }
  return end;
}
