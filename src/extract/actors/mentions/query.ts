// Where a mention rule is asked: a token of a sentence in its document, and what the engine read
// there once for all the rules (the gazetteer name starting at the token, with the entry this
// document means by it, and the tokens after it; an article and the noun after it), with the gate
// flags the engine indexes the mention tables by (a rule's `needs`).
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
  /** What holds at the token, as `MENTION_GATE` flags: the engine tries only the rules whose `needs` these meet. */
  readonly flags: number;
}

/** The gate of the mention tables: what the engine reads once at a token, which a rule may declare it needs. */
export const MENTION_GATE = {
  /** `nounGate` holds. */
  nounGate: 1 << 0,
  /** The token is "a" or "an". */
  indefinite: 1 << 1,
  /** A gazetteer name starts at the token (`gaz`, and so its `entry`). */
  gazetteer: 1 << 2,
  /** None does. */
  noGazetteer: 1 << 3,
  /** The gazetteer name bears a possessive mark (`owned > after`). */
  possessive: 1 << 4,
  /** The token opens its sentence. */
  opening: 1 << 5,
  /** The sentence holds a reporting verb, and a word that may head an unnamed source ("report", "some") lies within reach after the token. */
  sourceNoun: 1 << 6,
  /** A share may open at the token: a number, a fraction ("half"), "a" or "one" before one. */
  share: 1 << 7,
  // what the gazetteer name at the token is (set with `gazetteer` only): the name rules are indexed by them
  /** Its entry, as this document means it, is a state's ... */
  stateName: 1 << 8,
  /** ... or not. */
  notStateName: 1 << 9,
  /** The name is one of its entry's aliases (not a capital, metonym or demonym). */
  aliasName: 1 << 10,
  /** The name is a demonym ("Kenyan") ... */
  demonymName: 1 << 11,
  /** ... or not. */
  notDemonymName: 1 << 12,
  /** The gazetteer documents the name as shared by several entries ("RSF", "Congo"). */
  sharedName: 1 << 13,
  /** The name bears no possessive mark (`owned === after`). */
  notPossessive: 1 << 14,
} as const;

/** The gate flags of the gazetteer name found at a token (`gaz`), meaning `entry` in this document; 0 where none is. */
export function gazetteerFlags(
  gaz: GazetteerHit | undefined,
  entry: GazetteerEntry | undefined,
  possessive: boolean,
): number {
  if (!gaz || !entry) return 0;
  const { role } = gaz.name;
  return (
    (entry.kind === 'state' ? MENTION_GATE.stateName : MENTION_GATE.notStateName) |
    (role === 'alias' ? MENTION_GATE.aliasName : 0) |
    (role === 'demonym' ? MENTION_GATE.demonymName : MENTION_GATE.notDemonymName) |
    (gaz.name.shared ? MENTION_GATE.sharedName : 0) |
    (possessive ? 0 : MENTION_GATE.notPossessive)
  );
}

/** The gate flags of a token (its lower-case form, whether it opens its sentence), of what the engine read there (`name`: `gazetteerFlags`) and of its sentence. */
export function mentionFlags(
  lower: string,
  opening: boolean,
  nounGate: boolean,
  gazetteer: boolean,
  possessive: boolean,
  sourceNoun: boolean,
  share: boolean,
  name = 0,
): number {
  return (
    name |
    (nounGate ? MENTION_GATE.nounGate : 0) |
    (lower === 'a' || lower === 'an' ? MENTION_GATE.indefinite : 0) |
    (gazetteer ? MENTION_GATE.gazetteer : MENTION_GATE.noGazetteer) |
    (possessive ? MENTION_GATE.possessive : 0) |
    (opening ? MENTION_GATE.opening : 0) |
    (sourceNoun ? MENTION_GATE.sourceNoun : 0) |
    (share ? MENTION_GATE.share : 0)
  );
}

/** A mention rule: where the mention ends and whom it names, or null; its examples give the label of the actor named. */
export type MentionRule = Rule<MentionQuery, Found, string>;
