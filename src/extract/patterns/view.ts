// A sentence as the attribution patterns see it: its tokens, the actor mentions in it, its
// quotation marks paired up, and the small token tests every pattern shares.
import { inClass, type Sentence, type TokenTable } from '../nlp/tokens.ts';
import type { Mention, TokenRange } from '../types.ts';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../lexicon/quotes.ts';
import { WORD_CLASS } from '../lexicon/wordClasses.ts';

export const FINAL_PUNCTUATION: ReadonlySet<string> = new Set([
  '.',
  '!',
  '?',
  ',',
  ';',
  ':',
  '…',
  '...',
  '-',
  '--',
  '—',
  '–',
]);
export const DASHES: ReadonlySet<string> = new Set(['--', '—', '–', '-']);

/** Double quotation marks (a single mark before one closes a nested quotation). */
const DOUBLE_MARKS: ReadonlySet<string> = new Set(['"', '”']);
const SINGLE_MARKS: ReadonlySet<string> = new Set(["'", '‘']);

export class SentenceView {
  /** Mention ending at each token (by token index). */
  private readonly mentionEnds = new Map<number, Mention>();
  private readonly mentionStarts = new Map<number, Mention>();
  /** Quote token index → index of its partner (opening ↔ closing) in this sentence. */
  readonly quotePartner = new Map<number, number>();
  /** Quote tokens left open at the end of the sentence or closed without an opening. */
  readonly unpairedQuotes: number[] = [];

  constructor(
    readonly t: TokenTable,
    readonly s: Sentence,
    readonly index: number,
    readonly mentions: readonly Mention[],
  ) {
    for (const m of mentions) {
      this.mentionEnds.set(m.last, m);
      this.mentionStarts.set(m.first, m);
    }
    this.pairQuotes();
  }

  get first(): number {
    return this.s.first;
  }

  get last(): number {
    return this.s.last;
  }

  lower(i: number): string {
    return (this.t.lower[i] as string | undefined) ?? '';
  }

  value(i: number): string {
    return (this.t.value[i] as string | undefined) ?? '';
  }

  pos(i: number): string {
    return (this.t.pos[i] as string | undefined) ?? '';
  }

  mentionEndingAt(i: number): Mention | undefined {
    return this.mentionEnds.get(i);
  }

  mentionStartingAt(i: number): Mention | undefined {
    return this.mentionStarts.get(i);
  }

  mentionsIn(first: number, last: number): Mention[] {
    return this.mentions.filter((m) => m.first >= first && m.last <= last);
  }

  isQuote(i: number): boolean {
    return inClass(this.t, i, WORD_CLASS.quoteMark);
  }

  /** Is token i inside a quotation (between paired marks of this sentence)? */
  insideQuote(i: number): boolean {
    for (const [open, close] of this.quotePartner) if (open < close && open < i && i < close) return true;
    return false;
  }

  /** Does token i follow a comma, possibly with a closing quotation mark between ('as "reckless," saying')? */
  afterComma(i: number): boolean {
    return this.value(i - 1) === ',' || (this.isQuote(i - 1) && this.value(i - 2) === ',');
  }

  /** Does the mark at i sit before a word with a space (or the sentence start) before it: an opening mark? */
  startsWord(i: number): boolean {
    return (
      i < this.s.last &&
      this.t.end[i] === this.t.start[i + 1] &&
      (i === this.s.first || this.t.start[i] !== this.t.end[i - 1])
    );
  }

  isFinalPunctuation(i: number): boolean {
    return FINAL_PUNCTUATION.has(this.value(i));
  }

  /** The range with trailing punctuation and quote marks removed, leading ones too; null when nothing is left. */
  trim(first: number, last: number): TokenRange | null {
    let a = first;
    let b = last;
    while (a <= b && (this.isQuote(a) || this.value(a) === ',' || this.value(a) === ':' || DASHES.has(this.value(a))))
      a++;
    while (b >= a && (this.isFinalPunctuation(b) || this.isQuote(b))) b--;
    return a <= b ? { first: a, last: b } : null;
  }

  private pairQuotes(): void {
    const open: number[] = [];
    for (let i = this.s.first; i <= this.s.last; i++) {
      if (!inClass(this.t, i, WORD_CLASS.quoteMark)) continue;
      const v = this.value(i);
      const isOpen = OPENING_QUOTES.has(v);
      const isClose = CLOSING_QUOTES.has(v);
      if (!isOpen && !isClose) continue;
      // a straight or single mark: opening when nothing is open or it sits before a word, closing otherwise
      const startsWord = this.startsWord(i);
      const top = open[open.length - 1];
      const closes = isClose && top !== undefined && (!isOpen || !startsWord || v === this.value(top));
      if (
        closes &&
        top !== undefined &&
        (v === '’' || v === "'") &&
        this.t.start[i] === this.t.end[i - 1] &&
        i < this.s.last &&
        this.t.end[i] === this.t.start[i + 1] &&
        // (an apostrophe inside a word, or the first of two marks '' written for one; one right before
        // a double mark closes a single-quoted quotation nested in another: ,'")
        !(DOUBLE_MARKS.has(this.value(i + 1)) && SINGLE_MARKS.has(this.value(top)))
      )
        continue;
      if (closes && top !== undefined) {
        open.pop();
        this.quotePartner.set(top, i);
        this.quotePartner.set(i, top);
      } else if (isOpen && (v !== '’' && v !== "'" ? true : startsWord)) open.push(i);
      else this.unpairedQuotes.push(i);
    }
    this.unpairedQuotes.push(...open);
  }
}
