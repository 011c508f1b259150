// The gazetteer (graph/gazetteer/*.json) as typed entries, for the corpus layer: the
// synthetic generator draws its actors and outlets from it, and cross-document identity
// uses its aliases as evidence when two extracted names denote one actor.
import states from '../../graph/gazetteer/states.json' with { type: 'json' };
import organisations from '../../graph/gazetteer/organisations.json' with { type: 'json' };
import type { ActorKind } from '../model/index.ts';

export interface GazetteerEntry {
  id: string;
  label: string;
  kind: ActorKind;
  aliases: string[];
  demonyms?: string[];
  capitals?: string[];
  metonyms?: string[];
  memberOf?: string;
}

export function gazetteerEntries(): readonly GazetteerEntry[] {
  return [...(states.entries as GazetteerEntry[]), ...(organisations.entries as GazetteerEntry[])];
}
