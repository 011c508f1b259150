// The corpus's actors from the groups: cross-document identity (src/corpus/identity's
// resolveGroups) and the outlets' actors (src/corpus/assemble's resolveOutlets), exactly as a
// whole-corpus assembly decides them, with each actor's place in the corpus's actor order.
import { resolveOutlets } from '../../corpus/assemble.ts';
import { resolveGroups } from '../../corpus/identity/index.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import type { ActorRecord } from '../../model/index.ts';
import { compareKeys, extractedActorKey, outletActorKey } from '../order.ts';
import { actorGroups, type StoredGroup } from './groups.ts';

export interface StoredOutlet {
  key: string;
  /** The spelling of the first document (in publication order) that named it, and that document's key. */
  name: string;
  pos: string;
  docs: number;
}

export interface PlacedActor extends ActorRecord {
  pos: string;
}

export interface CorpusActors {
  actors: Map<string, PlacedActor>;
  /** Every extracted id → the actor it is. */
  canonical: Map<string, string>;
  merges: number;
  /** Outlet key → its actor's id. */
  outletIds: Map<string, string>;
}

export function corpusActors(
  stored: ReadonlyMap<string, StoredGroup>,
  outlets: readonly StoredOutlet[],
  gazetteer: readonly GazetteerEntry[],
): CorpusActors {
  const groups = actorGroups(stored);
  const resolved = resolveGroups(groups, gazetteer);
  const pos = new Map<string, string>();
  for (const id of groups.keys()) {
    const canonical = resolved.canonical.get(id) as string;
    if (!pos.has(canonical)) pos.set(canonical, extractedActorKey((stored.get(id) as StoredGroup).pos));
  }
  const live = [...outlets].filter((o) => o.docs > 0).sort((a, b) => compareKeys(a.pos, b.pos));
  const made = resolveOutlets(
    live.map((o) => o.name),
    resolved.actors,
    gazetteer,
  );
  const actors = new Map<string, PlacedActor>();
  for (const actor of resolved.actors) actors.set(actor.id, { ...actor, pos: pos.get(actor.id) as string });
  const outletIds = new Map<string, string>();
  const madeIds = new Set(made.actors.map((a) => a.id));
  for (const outlet of live) {
    const id = made.idOf(outlet.name);
    outletIds.set(outlet.key, id);
    if (madeIds.has(id) && !actors.has(id)) {
      const actor = made.actors.find((a) => a.id === id) as ActorRecord;
      actors.set(id, { ...actor, pos: outletActorKey(outlet.pos) });
    }
  }
  return { actors, canonical: resolved.canonical, merges: resolved.merges.length, outletIds };
}

/** Whether two placed actors are the same record (what the actors table holds). */
export function sameActor(a: PlacedActor, b: PlacedActor): boolean {
  return (
    a.label === b.label &&
    a.kind === b.kind &&
    a.memberOf === b.memberOf &&
    a.note === b.note &&
    a.pos === b.pos &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i])
  );
}
