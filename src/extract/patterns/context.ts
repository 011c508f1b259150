// What an attribution rule reads: one sentence (its view, where its content may start, the
// statements already found in it, a quotation left open before it) and, for the cue rules, the
// cue being tried. Rules are pure: they read the context and return what they found or null.
import type { ActorKind, Stance } from '../../model/kinds.ts';
import type { Rule, RuleTable } from '../rules/index.ts';
import type { Cue } from './cues.ts';
import type { Attribution } from './frame.ts';
import type { SentenceView } from './view.ts';

export interface SentenceContext {
  v: SentenceView;
  /** First content token allowed at the sentence start (after a dateline). */
  start: number;
  /** Statements already found in this sentence, in order. */
  earlier: readonly Attribution[];
  /** An opening quote left open in an earlier sentence of the paragraph: [sentence index, token]. */
  openQuote: () => [number, number] | undefined;
  /** The kind of an actor of the document (person, state, …). */
  actorKind: (id: string) => ActorKind | undefined;
}

export interface CueContext extends SentenceContext {
  cue: Cue;
}

/**
 * What an example sentence must give: a statement of `speaker` (a word of its label or aliases)
 * with exactly this content text, and when given this cue text and stance. For a veto (a rule
 * saying a cue makes no statement) only `cue` is read: no statement may have that cue.
 */
export interface Expected {
  speaker?: string;
  content?: string;
  cue?: string | null;
  stance?: Stance;
}

export type AttributionRule = Rule<CueContext, Attribution, Expected>;
export type AttributionTable = RuleTable<CueContext, Attribution, Expected>;
/** A veto: the cue makes no statement at all (returns true), so no attribution rule is tried. */
export type VetoRule = Rule<CueContext, true, Expected>;

/** A sentence with no cue of its own, after a statement of the sentence before (same paragraph). */
export interface ContinuationContext {
  v: SentenceView;
  previous: Attribution;
}

/** A sentence after a statement of the sentence before (same paragraph), which the statement may run into. */
export interface ExtensionContext {
  v: SentenceView;
  previous: Attribution;
  /** An opening quote left open in an earlier sentence of the paragraph: [sentence index, token]. */
  openQuote: () => [number, number] | undefined;
  /** Statements this sentence gave by its own cues. */
  own: readonly Attribution[];
}

/** A sentence (`v`) and the sentence before it (`quote`), which opens with a quotation mark. */
export interface PrecedingQuoteContext {
  quote: SentenceView;
  v: SentenceView;
  cues: readonly Cue[];
}

/** A sentence (`v`) opening with a quotation after a sentence (`lead`) that ends with a colon. */
export interface FollowingQuoteContext {
  lead: SentenceView;
  v: SentenceView;
  /** The cues of `lead`. */
  cues: readonly Cue[];
  /** Statements `v` gave by its own cues. */
  own: readonly Attribution[];
  actorKind: (id: string) => ActorKind | undefined;
}

/** Gives the token where the previous statement's content now ends. */
export type ExtensionRule = Rule<ExtensionContext, number, Expected>;
export type ContinuationRule = Rule<ContinuationContext, Attribution, Expected>;
export type PrecedingQuoteRule = Rule<PrecedingQuoteContext, Attribution, Expected>;
export type FollowingQuoteRule = Rule<FollowingQuoteContext, Attribution, Expected>;
