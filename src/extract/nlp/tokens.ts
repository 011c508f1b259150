// Tokens and sentences of a text with exact character offsets. wink-nlp is lossless: every
// token carries its preceding whitespace, so offsets are recovered by accumulating lengths.
// The text is fed to wink in chunks cut at line ends (bounded memory on huge inputs), line
// breaks end sentences (headlines, datelines, lists have no final stop), and whitespace
// tokens are dropped. The tables are parallel arrays: one entry per token, no per-token objects.
import { readText, type RawTokens } from './engine.ts';
import { CUES } from '../lexicon/cues.ts';
import { DOTTED_TITLES } from '../lexicon/titles.ts';
import { wordClasses } from '../lexicon/wordClasses.ts';

export interface Sentence {
  /** First and last token index (inclusive) in the token table. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Index of the paragraph (a run of lines without a blank line between them). */
  para: number;
}

export interface TokenTable {
  text: string;
  value: string[];
  lower: string[];
  /** The word lists each token is in, as `WORD_CLASS` bits of its lower-case form (lexicon/wordClasses.ts). */
  classes: Int32Array;
  pos: string[];
  start: Int32Array;
  end: Int32Array;
  /** Paragraph index of each token. */
  para: Int32Array;
  sentences: Sentence[];
}

/** Chunks handed to wink at once; long enough for any paragraph, short enough to bound memory. */
/** Is token i in any of the word classes `bits` (`WORD_CLASS`, lexicon/wordClasses.ts)? False past either end. */
export const inClass = (t: TokenTable, i: number, bits: number): boolean => ((t.classes[i] ?? 0) & bits) !== 0;

const CHUNK = 1 << 16;

export function tokenize(text: string): TokenTable {
  // every chunk is read first, so that the tables are made at their final size: arrays grown token
  // by token were copied at each growth, garbage that the extraction's collector then swept
  const chunks: { raw: RawTokens; from: number; to: number }[] = [];
  let capacity = 0;
  for (let at = 0; at < text.length;) {
    const cut = chunkEnd(text, at);
    const raw = readText(text.slice(at, cut));
    chunks.push({ raw, from: at, to: cut });
    capacity += raw.count;
    at = cut;
  }
  const table: TokenTable = {
    text,
    value: new Array<string>(capacity),
    lower: new Array<string>(capacity),
    classes: new Int32Array(capacity),
    pos: new Array<string>(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    para: new Int32Array(capacity),
    sentences: [],
  };
  // (whitespace tokens are dropped: the tables end at the last token kept)
  let size = 0;
  let para = 0;
  for (const { raw, from, to } of chunks) [size, para] = tokenizeChunk(table, size, raw, from, to, para);
  if (size < capacity) {
    table.value.length = size;
    table.lower.length = size;
    table.pos.length = size;
    table.classes = table.classes.slice(0, size);
    table.start = table.start.slice(0, size);
    table.end = table.end.slice(0, size);
    table.para = table.para.slice(0, size);
  }
  return table;
}

/** The end of the chunk starting at `from`: after a line end if one is near, else at a space, never inside a surrogate pair. */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  const limit = from + CHUNK;
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline >= from + CHUNK / 4) return newline + 1;
  for (let i = limit - 1; i > from + CHUNK / 2; i--) if (isSpace(text.charCodeAt(i))) return i + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** Adds a chunk's tokens to the table from index `sizeIn`; returns the table's size and the paragraph index after it. */
function tokenizeChunk(
  table: TokenTable,
  sizeIn: number,
  raw: RawTokens,
  from: number,
  to: number,
  paraIn: number,
): [number, number] {
  const { text } = table;
  const { count, lexeme, spaceBefore, tag, words, tags, memo } = raw;
  const space = tags.indexOf('SPACE');
  // global index of each chunk token (-1 for whitespace tokens), and where lines break
  const index = new Int32Array(count);
  const breakBefore = new Uint8Array(count + 1);
  let para = paraIn;
  let size = sizeIn;
  let cursor = from;
  for (let i = 0; i < count; i++) {
    const word = lexeme[i] as number;
    const value = words[word] as string;
    let start = cursor + (spaceBefore[i] as number);
    if (!text.startsWith(value, start)) start = realign(text, value, cursor, to);
    const end = start + value.length;
    const gap = lineBreaks(text, cursor, start);
    if (gap) {
      breakBefore[i] = 1;
      if (gap === BLANK_LINE) para++;
    }
    cursor = end;
    if (tag[i] === space || isBlank(value)) {
      index[i] = -1;
      const inside = lineBreaks(value, 0, value.length);
      if (inside) {
        breakBefore[i + 1] = 1;
        if (inside === BLANK_LINE) para++;
      }
      continue;
    }
    const g = size++;
    index[i] = g;
    table.value[g] = value;
    let lower = memo.lower[word];
    if (lower === undefined) {
      lower = memo.lower[word] = value.toLowerCase();
      memo.classes[word] = wordClasses(lower);
    }
    table.lower[g] = lower;
    table.classes[g] = memo.classes[word] as number;
    table.pos[g] = tags[tag[i] as number] as string;
    table.start[g] = start;
    table.end[g] = end;
    table.para[g] = para;
  }
  const spans = raw.sentences;
  for (let n = 0; n < spans.length; n += 2) {
    const a = spans[n] as number;
    const b = spans[n + 1] as number;
    let first = -1;
    let last = -1;
    const flush = (): void => {
      if (first < 0) return;
      table.sentences.push({
        first,
        last,
        start: table.start[first] as number,
        end: table.end[last] as number,
        para: table.para[first] as number,
      });
      first = -1;
    };
    for (let i = a; i <= b; i++) {
      if (breakBefore[i]) flush();
      const g = index[i] as number;
      if (g < 0) continue;
      if (first < 0) first = i === a && !breakBefore[i] ? continued(table, size, g) : g;
      last = g;
    }
    flush();
  }
  return [size, para];
}

/**
 * wink ends a sentence after an abbreviation in brackets ("Sen. Ana Ruiz (D-Calif.) said …") and
 * after a title it does not know as abbreviated ("the Rev. Ana Lind said …"): on the same line, a
 * sentence opening with a comma or a semicolon, with a lower-case word after such a bracket, or
 * with a capitalised word after such a title, continues the one before. Returns the first token of the sentence token g belongs to (the one before is taken
 * back when g continues it).
 */
function continued(table: TokenTable, size: number, g: number): number {
  const before = table.sentences[table.sentences.length - 1];
  if (!before || before.last !== g - 1) return g;
  const opening = table.value[g] as string;
  const punctuation = opening === ',' || opening === ';';
  const afterBracketedAbbreviation =
    table.value[g - 1] === ')' && (table.value[g - 2] as string).endsWith('.') && /^\p{Ll}/u.test(opening);
  // "the Rev. Ana Lind": a title's dot, written against it, then a name on the same line
  const afterDottedTitle =
    table.value[g - 1] === '.' &&
    table.start[g - 1] === table.end[g - 2] &&
    DOTTED_TITLES.has(table.value[g - 2] as string) &&
    /^\p{Lu}/u.test(opening) &&
    !/\n/.test(table.text.slice(table.end[g - 1], table.start[g]));
  if (
    !punctuation &&
    !afterBracketedAbbreviation &&
    !afterDottedTitle &&
    !insideBracket(table, size, before, g) &&
    !taggedQuestion(table, size, before, g)
  )
    return g;
  table.sentences.pop();
  return before.first;
}

/** Bracket tokens a party label spans at most ("( D - N . Y. )"). */
const LABEL_REACH = 8;

/**
 * "Sen. Ana Ruiz (D-N.Y.) said": wink ends a sentence at the first dot of an abbreviation inside
 * a bracket; a sentence ending inside a bracket opened a few tokens before, on the same line, whose
 * closing bracket comes next, goes on.
 */
function insideBracket(table: TokenTable, size: number, before: Sentence, g: number): boolean {
  let open = -1;
  for (let k = before.last; k >= before.first && before.last - k < LABEL_REACH; k--) {
    const value = table.value[k] as string;
    if (value === ')') return false;
    if (value === '(') {
      open = k;
      break;
    }
  }
  if (open < 0 || /\n/.test(table.text.slice(table.end[before.last], table.start[g]))) return false;
  for (let k = g; k < g + LABEL_REACH && k < size; k++) {
    if (table.value[k] === ')') return true;
    if (table.value[k] === '(') return false;
  }
  return false;
}

/** Closing quotation marks a question or exclamation may end with. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '’', "'", "''"]);
/** Capitalised words a speaker's name may take before its reporting verb ("Ana Okafor said"). */
const NAME_REACH = 4;

/**
 * '“Who are they?” Okafor said of the bank': wink ends a sentence after a question or exclamation
 * in quotation marks; a lower-case word, or a name and a reporting verb, after it on the same line
 * tag that quotation, and go on with its sentence.
 */
function taggedQuestion(table: TokenTable, size: number, before: Sentence, g: number): boolean {
  const close = before.last;
  if (close - 1 < before.first || !CLOSING_MARKS.has(table.value[close] as string)) return false;
  if (!/^[?!]$/.test(table.value[close - 1] as string)) return false;
  if (/\n/.test(table.text.slice(table.end[close], table.start[g]))) return false;
  // ('“Why?” she said', '“Why?” said Ana', '“Why?” the mayor asked': a lower-case word goes on)
  if (/^\p{Ll}/u.test(table.value[g] as string)) return true;
  let k = g;
  while (k < g + NAME_REACH && k < size && /^\p{Lu}/u.test(table.value[k] as string)) k++;
  if (k === g || k >= size) return false;
  const lower = table.lower[k] as string;
  const sense = CUES.get(lower);
  return sense !== undefined && (sense.frame === 'clause' || sense.frame === 'tell') && !lower.endsWith('ing');
}

const LINE_BREAK = 1;
const BLANK_LINE = 2;

/** Whether text[from, to) holds a line break (LINE_BREAK) or a blank line (BLANK_LINE), else 0; scanned in place, as it runs for every token. */
function lineBreaks(text: string, from: number, to: number): number {
  let found = 0;
  let blankSoFar = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (blankSoFar) return BLANK_LINE;
      found = LINE_BREAK;
      blankSoFar = true;
    } else if (!isWhite(c)) blankSoFar = false;
  }
  return found;
}

/** What `\s` (and String.prototype.trim) counts as white space, tested without a regexp: ECMAScript's WhiteSpace and LineTerminator (the Zs space separators, no-break spaces, line and paragraph separators). */
function isWhite(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isBlank(value: string): boolean {
  for (let k = 0; k < value.length; k++) if (!isWhite(value.charCodeAt(k))) return false;
  return true;
}

/** wink dropped or changed characters (it should not): find the token text further on, else keep it zero-width. */
function realign(text: string, value: string, cursor: number, to: number): number {
  const found = text.indexOf(value, cursor);
  return found >= 0 && found + value.length <= to ? found : cursor;
}
