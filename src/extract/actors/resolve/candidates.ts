// What resolution rules read: the document's mentions so far, each with the sentence it is in,
// whether it sits inside a quotation, and its role (subject, object, possessor, or the speaker of
// a statement); the genders the document gave its persons; the posts appositions gave them. And the
// one search every rule shares: back from a token through the mentions, within a window.
import type { TokenTable } from '../../nlp/tokens.ts';
import type { Mention } from '../../types.ts';
import type { Gender } from '../../lexicon/genders.ts';
import { PRONOUNS } from '../../lexicon/grammar.ts';
import type { Actor, ActorRegistry } from '../registry.ts';

/**
 * How a mention stands in its clause: a subject is a likely antecedent of a later subject pronoun, an
 * object or possessor less so; an apposition ("Ana Duarte, a lawyer for the family,") describes the
 * person just named and is no referent of its own.
 */
export type MentionRole = 'subject' | 'object' | 'possessor' | 'speaker' | 'apposition';

export interface DocMention extends Mention {
  sentence: number;
  /** Inside a quotation: the speaker's words, seldom the referent of a pronoun outside them. */
  quoted: boolean;
  /** Inside the content of a statement found earlier ("Okafor said Berg had lied"): what was reported, not who reports next. */
  reported?: boolean;
  role: MentionRole;
}

export interface ResolveContext {
  readonly t: TokenTable;
  readonly registry: ActorRegistry;
  readonly mentions: readonly DocMention[];
  readonly genders: ReadonlyMap<string, Gender>;
  readonly posts: ReadonlyMap<string, string>;
  /** Is this word written capitalised somewhere other than at a sentence's start (a name, not a common noun opening a sentence)? */
  capitalisedInside(word: string): boolean;
}

const NONE = (): boolean => false;

/**
 * A pronoun kept as written (../mentions/pronoun/unresolvedPronoun.ts): it names nobody known, so
 * no later pronoun or description takes it up.
 */
export const unresolved = (actor: Actor, m: DocMention): boolean => m.via === 'pronoun' && PRONOUNS.has(actor.label);

/** How far back (in tokens) an antecedent may be. */
export const WINDOW = 250;

/** The most recent mention before token `before` (within `window` tokens, weak mentions skipped unless `weak` keeps them) whose actor `accept`s. */
export function findBack(
  ctx: ResolveContext,
  before: number,
  accept: (actor: Actor, m: DocMention) => boolean,
  window = WINDOW,
  weak: (m: DocMention) => boolean = NONE,
): Actor | undefined {
  const { mentions } = ctx;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as DocMention;
    if (m.first >= before) continue;
    if (before - m.first > window) break;
    if (m.via === 'weak' && !weak(m)) continue;
    const actor = ctx.registry.get(m.actor);
    if (actor && !unresolved(actor, m) && accept(actor, m)) return actor;
  }
  return undefined;
}

/** The earliest mention in tokens [from, before) whose actor `accept`s (weak mentions skipped unless `weak` keeps them). */
export function firstIn(
  ctx: ResolveContext,
  from: number,
  before: number,
  accept: (actor: Actor, m: DocMention) => boolean,
  weak: (m: DocMention) => boolean = NONE,
): Actor | undefined {
  const { mentions } = ctx;
  let found: Actor | undefined;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as DocMention;
    if (m.first >= before) continue;
    if (m.first < from) break;
    const actor = m.via === 'weak' && !weak(m) ? undefined : ctx.registry.get(m.actor);
    if (actor && !unresolved(actor, m) && accept(actor, m)) found = actor;
  }
  return found;
}
