// The public input/options of the extractor and the internal records passed between stages.
import type { Stance } from '../model/kinds.ts';

export interface ArticleInput {
  id: string;
  text: string;
  file?: string;
  title?: string;
  published?: string;
  url?: string;
  outlet?: string;
  dateline?: string;
}

export interface ExtractOptions {
  /** Called after each article with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Put each article's text into `documents[].text` (off by default: the file stays small). */
  inlineTexts?: boolean;
}

export type MentionVia = 'name' | 'weak' | 'demonym' | 'title' | 'body' | 'group' | 'pronoun' | 'description';

/** An actor mention: tokens first..last (inclusive) of the document's token table. */
export interface Mention {
  first: number;
  last: number;
  actor: string;
  via: MentionVia;
  /** The rule that found the mention or chose its referent (statements record it as `speaker/<rule>`). */
  rule?: string;
}

/** Token ranges are inclusive; `null` content means the pattern found none. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A statement as the patterns find it, before ids, links and spans are made. */
export interface Found {
  speaker: string;
  stance: Stance;
  /** Cue tokens (auxiliaries included), or null for an implicit statement. */
  cue: TokenRange | null;
  content: TokenRange;
  /** Sentences (indices) that carry the statement. */
  firstSentence: number;
  lastSentence: number;
  targets: string[];
  implicit?: boolean;
  /** The pattern that produced it, for debugging and tests. */
  pattern: string;
}
