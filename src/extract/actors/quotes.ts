// Which tokens lie inside a quotation, sentence by sentence in document order: a quotation
// opened in one sentence stays open in the next ones of its paragraph until it closes (news
// prose reopens a quotation that runs over paragraphs at each paragraph's start). Curly marks
// say which side they are; a straight double mark (or two single ones, '') toggles; a lone
// single mark is an apostrophe more often than a quote and is ignored.
import { inClass, type Sentence, type TokenTable } from '../nlp/tokens.ts';
import { CURLY_CLOSING, CURLY_OPENING } from '../lexicon/quotes.ts';
import { WORD_CLASS } from '../lexicon/wordClasses.ts';

export class QuoteTracker {
  private open = false;
  private para = -1;
  /** Inside-quotation ranges of the sentence last given to `scan`, as [first, last] token pairs. */
  private ranges: number[] = [];
  /** The opening mark of the quotation open now, and of the one still open when the last sentence began (else -1). */
  private openMark = -1;
  private carried = -1;

  constructor(private readonly t: TokenTable) {}

  /** Reads one sentence's quotation marks (sentences must come in document order). */
  scan(s: Sentence): void {
    const { t } = this;
    if (s.para !== this.para) {
      this.para = s.para;
      this.open = false;
    }
    this.ranges = [];
    this.carried = this.open ? this.openMark : -1;
    let from = this.open ? s.first : -1;
    for (let k = s.first; k <= s.last; k++) {
      if (!inClass(t, k, WORD_CLASS.quoteMark)) continue;
      const value = t.value[k] as string;
      let mark: 'open' | 'close' | 'toggle' | undefined;
      if (CURLY_OPENING.has(value)) mark = 'open';
      else if (CURLY_CLOSING.has(value)) mark = 'close';
      else if (value === '"') mark = 'toggle';
      else if (value === "'" && t.value[k + 1] === "'" && t.end[k] === t.start[k + 1]) {
        mark = 'toggle';
        k++;
      }
      if (!mark) continue;
      const opens = mark === 'open' || (mark === 'toggle' && !this.open);
      if (opens && !this.open) {
        this.open = true;
        this.openMark = k;
        from = k + 1;
      } else if (!opens && this.open) {
        this.open = false;
        if (from >= 0 && from <= k - 1) this.ranges.push(from, mark === 'toggle' && value === "'" ? k - 2 : k - 1);
        from = -1;
      }
    }
    if (this.open && from >= 0 && from <= s.last) this.ranges.push(from, s.last);
  }

  /**
   * Does token i tag a quotation that opens its sentence ('“We tried,” he said'): the sentence's first
   * quotation starts at its first word and only marks and punctuation lie between its end and i?
   */
  tagsOpening(i: number, s: Sentence): boolean {
    const r = this.ranges;
    if (r.length < 2 || (r[0] as number) > s.first + 1) return false;
    const end = r[1] as number;
    if (i <= end + 1) return false;
    for (let k = end + 1; k < i; k++) if (/[\p{L}\p{N}]/u.test(this.t.value[k] as string)) return false;
    return true;
  }

  /**
   * The opening mark of a quotation that began in an earlier sentence and runs on into the one last
   * scanned ('“We tried. We failed,” he said': the mark before "We tried"), else -1.
   */
  carriedFrom(): number {
    return this.carried;
  }

  /** Is token i (of the sentence last scanned) inside a quotation? */
  inside(i: number): boolean {
    const r = this.ranges;
    for (let j = 0; j < r.length; j += 2) if (i >= (r[j] as number) && i <= (r[j + 1] as number)) return true;
    return false;
  }
}
