// Where a mention rule is asked: a token of a sentence in its document, and what the engine read
// there once for all the rules (the gazetteer name starting at the token, with the entry this
// document means by it, and the tokens after it; an article and the noun after it).
import type { Sentence } from '../../nlp/tokens.ts';
import type { Rule } from '../../rules/rule.ts';
import type { DocContext, GazetteerHit } from '../document.ts';
import type { Found } from '../found.ts';
import type { GazetteerEntry } from '../gazetteer.ts';

export interface MentionQuery {
  readonly doc: DocContext;
  /** The token the mention would start at. */
  readonly i: number;
  readonly s: Sentence;
  /** The gazetteer name starting at i (capitalised tokens only). */
  readonly gaz: GazetteerHit | undefined;
  /** Its entry as this document means it (a shared name decided by the document). */
  readonly entry: GazetteerEntry | undefined;
  /** The token after the gazetteer name, and after its possessive mark when it has one ("Israel's"). */
  readonly after: number;
  readonly owned: number;
  /** i is an article ("the", "a", "an"); `head` is the token after it, else i. */
  readonly det: boolean;
  readonly head: number;
  /** The head (or a word after it) can start a common-noun mention: the cheap test before the noun rules. */
  readonly nounGate: boolean;
}

/** A mention rule: where the mention ends and whom it names, or null; its examples give the label of the actor named. */
export type MentionRule = Rule<MentionQuery, Found, string>;
