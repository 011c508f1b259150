// What a mention rule returns: where the mention ends, whom it names (an actor already known, a
// gazetteer entry, or an actor to make), how it was found, and what the document learns from it
// (more names of the actor, a person's full name, a state body). Rules describe; the engine
// (./scan.ts) makes the actors and records what was learnt, so rules stay pure.
import type { ActorKind } from '../../model/kinds.ts';
import type { MentionVia } from '../types.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { Actor } from './registry.ts';

/** An actor to make (or find again: the same label gives the same actor). */
export interface NewActor {
  readonly label: string;
  readonly kind: ActorKind;
  /** The surface form the mention gives it (kept as an alias). */
  readonly surface: string;
  readonly memberOf?: ActorRef;
  readonly plural?: boolean;
  /** One actor per state and kind of body: the key under which the document keeps it. */
  readonly bodyKey?: string;
  /**
   * Known to this document alone (a pronoun kept as written): its id carries the document's
   * (model/keys.ts localActorId), so no other document's "it" is the same actor.
   */
  readonly local?: boolean;
}

/** A gazetteer entry (made on first use), with the surface form the mention gives it. */
export interface KnownActor {
  readonly entry: GazetteerEntry;
  readonly surface?: string;
}

/** An actor already in the registry, with a surface form to keep as its alias. */
export interface ExistingActor {
  readonly actor: Actor;
  readonly surface?: string;
}

export type ActorRef = NewActor | KnownActor | ExistingActor;

export interface Found {
  /** The mention's last token (its first is where the rule was asked). */
  readonly last: number;
  readonly ref: ActorRef;
  readonly via: MentionVia;
  /** Further surface forms of the actor ("Foreign Minister Sergey Lavrov" beside "Sergey Lavrov"). */
  readonly aliases?: readonly string[];
  /** Tokens of a person's full name: its last word becomes a surname the document may use alone. */
  readonly fullName?: readonly [first: number, last: number];
  /** The rule that chose the actor when it is not the mention rule itself (a pronoun's resolution rule). */
  readonly rule?: string;
}

export const existing = (actor: Actor, surface?: string): ExistingActor =>
  surface === undefined ? { actor } : { actor, surface };

/** The id the actor has or will have, when it can be told before it is made. */
export function refId(ref: ActorRef): string | undefined {
  if ('actor' in ref) return ref.actor.id;
  if ('entry' in ref) return ref.entry.id;
  return undefined;
}
export const known = (entry: GazetteerEntry, surface?: string): KnownActor =>
  surface === undefined ? { entry } : { entry, surface };

/** `found` with more aliases for its actor. */
export function withAliases(found: Found, ...aliases: string[]): Found {
  return { ...found, aliases: [...(found.aliases ?? []), ...aliases] };
}
