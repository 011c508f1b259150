// The base of a document's mention finder: its tokens, the run's actor registry, the mentions
// found so far, and matching gazetteer names at a token (case-sensitive, longest first, across
// line breaks and double spaces as well as single spaces).
import type { TokenTable } from '../nlp/tokens.ts';
import type { Mention } from '../types.ts';
import type { DocMention } from './resolve/candidates.ts';
import type { Gender } from '../lexicon/genders.ts';
import type { GazetteerName } from './gazetteer.ts';
import { firstWord } from './gazetteer.ts';
import type { Actor, ActorRegistry } from './registry.ts';

/** A mention found at a token: where it ends, whom it names, and how it was found. */
export interface Hit {
  last: number;
  actor: Actor;
  via: Mention['via'];
  /** The rule that found the mention or chose its referent (a pronoun's), when it is not named by `via`. */
  rule?: string;
}

export class NameMatcher {
  /** The document's mentions in the order found (see DocActors.scan). */
  readonly mentions: DocMention[] = [];
  /** The sex the document gives its persons (honorifics, given names), by actor id. */
  readonly genders = new Map<string, Gender>();

  constructor(
    protected readonly t: TokenTable,
    protected readonly registry: ActorRegistry,
  ) {}

  /** The longest gazetteer name starting at token i. */
  protected gazetteerAt(i: number, last: number): { name: GazetteerName; last: number } | undefined {
    const { t } = this;
    const list = this.registry.gazetteer.byFirstWord.get(firstWord(t.value[i] as string));
    if (!list) return undefined;
    const start = t.start[i] as number;
    let plainEnd = -1;
    for (const name of list) {
      if (!t.text.startsWith(name.name, start)) {
        if (!name.name.includes(' ')) continue;
        // where tokens are joined by nothing or one space, the text reads as the name would: no second try
        if (plainEnd < 0) plainEnd = this.plainEnd(i, last);
        if (start + name.name.length <= plainEnd || !this.matchesSpaced(name.name, i, last)) continue;
      }
      const end = start + name.name.length;
      const next = t.text.charCodeAt(end);
      if (end < t.text.length && isWordChar(next)) continue;
      let j = i;
      while (j <= last && (t.end[j] as number) < end) j++;
      if (j <= last && t.end[j] === end) return { name, last: j };
    }
    return undefined;
  }

  /** End offset of the run of tokens from i joined by nothing or by a single space. */
  protected plainEnd(i: number, last: number): number {
    const { t } = this;
    let j = i;
    while (j < last) {
      const gap = (t.start[j + 1] as number) - (t.end[j] as number);
      if (gap > 1 || (gap === 1 && t.text.charCodeAt(t.end[j] as number) !== 32)) break;
      j++;
    }
    return t.end[j] as number;
  }

  /** A multi-word name matched across any whitespace (line breaks, double spaces). */
  protected matchesSpaced(name: string, i: number, last: number): boolean {
    const { t } = this;
    const words = name.split(' ');
    let j = i;
    for (const word of words) {
      let rest = word;
      while (rest) {
        if (j > last) return false;
        const v = t.value[j] as string;
        if (!rest.startsWith(v)) return false;
        rest = rest.slice(v.length);
        j++;
        if (rest && t.start[j] !== t.end[j - 1]) return false;
      }
    }
    return true;
  }

  surface(first: number, last: number): string {
    return this.t.text.slice(this.t.start[first], this.t.end[last]);
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit (so a name is not matched inside a longer word); curly quotes and dashes are not. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
