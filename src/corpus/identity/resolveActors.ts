// Cross-document identity: the actors extracted from each document become one set of
// actors for the corpus. The same id is the same actor (gazetteer ids are stable); an
// extracted name that the gazetteer lists for exactly one entry joins that entry; a name
// that is, unambiguously, another actor's alias joins that actor. Every merge is recorded
// (which name, why, in how many documents) so a user can see why two names became one.
import type { ActorKind, ActorRecord } from '../../model/index.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import { normaliseName } from '../normalise.ts';
import { UnionFind } from './unionFind.ts';

export interface ActorMention {
  doc: string;
  actor: ActorRecord;
}

export const MERGE_REASONS = ['same-id', 'gazetteer', 'alias'] as const;
export type MergeReason = (typeof MERGE_REASONS)[number];

export interface ActorMerge {
  /** The actor id kept, the id (or name) merged into it, and the name that carried the evidence. */
  into: string;
  from: string;
  name: string;
  reason: MergeReason;
  evidence: string;
  documents: number;
}

export interface ResolvedActors {
  actors: ActorRecord[];
  /** Every input actor id → the id it resolved to. */
  canonical: Map<string, string>;
  merges: ActorMerge[];
}

interface Group {
  id: string;
  labels: Map<string, Set<string>>;
  kinds: Map<ActorKind, number>;
  aliases: Map<string, string>;
  memberOf: Map<string, number>;
  docs: Set<string>;
}

const NOTE_MERGES = 12;

const compatible = (a: ActorKind, b: ActorKind): boolean =>
  a === b ||
  a === 'other' ||
  b === 'other' ||
  (['state', 'government'].includes(a) && ['state', 'government'].includes(b));

function mostFrequent<T>(counts: ReadonlyMap<T, number>): T | undefined {
  let best: T | undefined;
  let n = -1;
  for (const [value, count] of counts) if (count > n) [best, n] = [value, count];
  return best;
}

export function resolveActors(
  mentions: Iterable<ActorMention>,
  gazetteer: readonly GazetteerEntry[] = [],
): ResolvedActors {
  const resolver = new ActorResolver();
  for (const mention of mentions) resolver.add(mention);
  return resolver.resolve(gazetteer);
}

/** The same, fed one mention at a time (a corpus streamed from disk), resolved once all are in. */
export class ActorResolver {
  private readonly groups = new Map<string, Group>();

  add({ doc, actor }: ActorMention): void {
    let group = this.groups.get(actor.id);
    if (!group) {
      group = {
        id: actor.id,
        labels: new Map(),
        kinds: new Map(),
        aliases: new Map(),
        memberOf: new Map(),
        docs: new Set(),
      };
      this.groups.set(actor.id, group);
    }
    group.docs.add(doc);
    const docs = group.labels.get(actor.label) ?? new Set<string>();
    docs.add(doc);
    group.labels.set(actor.label, docs);
    group.kinds.set(actor.kind, (group.kinds.get(actor.kind) ?? 0) + 1);
    for (const alias of [actor.label, ...actor.aliases]) if (!group.aliases.has(alias)) group.aliases.set(alias, doc);
    if (actor.memberOf) group.memberOf.set(actor.memberOf, (group.memberOf.get(actor.memberOf) ?? 0) + 1);
  }

  resolve(gazetteer: readonly GazetteerEntry[] = []): ResolvedActors {
    return resolveGroups(this.groups, gazetteer);
  }
}

function resolveGroups(groups: ReadonlyMap<string, Group>, gazetteer: readonly GazetteerEntry[]): ResolvedActors {
  const gazetteerById = new Map(gazetteer.map((e) => [e.id, e]));
  const kindOf = (id: string): ActorKind =>
    (gazetteerById.get(id)?.kind ?? mostFrequent((groups.get(id) as Group).kinds)) as ActorKind;
  const merges: ActorMerge[] = [];
  const union = new UnionFind((a, b) => preferred(a, b, groups, gazetteerById));

  // A gazetteer name that belongs to exactly one entry is evidence; a shared one ("Congo") is not.
  const gazetteerNames = new Map<string, Set<string>>();
  for (const entry of gazetteer) {
    for (const name of [entry.label, ...entry.aliases, ...(entry.capitals ?? []), ...(entry.metonyms ?? [])]) {
      const key = normaliseName(name);
      const ids = gazetteerNames.get(key) ?? new Set<string>();
      ids.add(entry.id);
      gazetteerNames.set(key, ids);
    }
  }
  const holders = new Map<string, Set<string>>();
  for (const group of groups.values()) {
    for (const alias of group.aliases.keys()) {
      const key = normaliseName(alias);
      const ids = holders.get(key) ?? new Set<string>();
      ids.add(group.id);
      holders.set(key, ids);
    }
  }
  for (const group of groups.values()) {
    union.add(group.id);
    if (gazetteerById.has(group.id)) continue;
    const label = mostFrequent(new Map([...group.labels].map(([l, d]) => [l, d.size]))) as string;
    const key = normaliseName(label);
    const known = gazetteerNames.get(key);
    if (known?.size === 1) {
      const [entryId] = known as Set<string>;
      const entry = gazetteerById.get(entryId as string) as GazetteerEntry;
      if (compatible(kindOf(group.id), entry.kind)) {
        union.union(entry.id, group.id);
        merges.push({
          into: entry.id,
          from: group.id,
          name: label,
          reason: 'gazetteer',
          evidence: `the gazetteer lists "${label}" for ${entry.label}`,
          documents: group.docs.size,
        });
        continue;
      }
    }
    const others = [...(holders.get(key) ?? [])].filter((id) => id !== group.id);
    if (others.length !== 1) continue;
    const other = groups.get(others[0] as string) as Group;
    if (!compatible(kindOf(group.id), kindOf(other.id))) continue;
    const where = [...other.aliases].find(([alias]) => normaliseName(alias) === key)?.[1] as string;
    union.union(other.id, group.id);
    merges.push({
      into: other.id,
      from: group.id,
      name: label,
      reason: 'alias',
      evidence: `"${label}" is an alias of ${other.id} in document ${where}`,
      documents: group.docs.size,
    });
  }

  const canonical = new Map<string, string>();
  for (const id of groups.keys()) canonical.set(id, union.find(id));
  for (const merge of merges) merge.into = canonical.get(merge.from) as string;
  for (const group of groups.values()) {
    const chosen = labelOf(group, gazetteerById);
    for (const [label, docs] of group.labels) {
      if (label !== chosen)
        merges.push({
          into: canonical.get(group.id) as string,
          from: group.id,
          name: label,
          reason: 'same-id',
          evidence: `extracted with the same actor id ${group.id}`,
          documents: docs.size,
        });
    }
  }
  return { actors: buildActors(groups, canonical, merges, gazetteerById, kindOf), canonical, merges };
}

function labelOf(group: Group, gazetteer: ReadonlyMap<string, GazetteerEntry>): string {
  return (
    gazetteer.get(group.id)?.label ?? (mostFrequent(new Map([...group.labels].map(([l, d]) => [l, d.size]))) as string)
  );
}

function preferred(
  a: string,
  b: string,
  groups: ReadonlyMap<string, Group>,
  gazetteer: ReadonlyMap<string, GazetteerEntry>,
): string {
  if (gazetteer.has(a) !== gazetteer.has(b)) return gazetteer.has(a) ? a : b;
  const da = groups.get(a)?.docs.size ?? 0;
  const db = groups.get(b)?.docs.size ?? 0;
  return da !== db ? (da > db ? a : b) : a < b ? a : b;
}

function buildActors(
  groups: ReadonlyMap<string, Group>,
  canonical: ReadonlyMap<string, string>,
  merges: readonly ActorMerge[],
  gazetteer: ReadonlyMap<string, GazetteerEntry>,
  kindOf: (id: string) => ActorKind,
): ActorRecord[] {
  const members = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const id = canonical.get(group.id) as string;
    const list = members.get(id) ?? [];
    list.push(group);
    members.set(id, list);
  }
  const parents = new Map<string, string>();
  const actors: ActorRecord[] = [];
  for (const [id, list] of members) {
    const head = list.find((g) => g.id === id);
    const label = gazetteer.get(id)?.label ?? labelOf(head ?? (list[0] as Group), gazetteer);
    const aliases = [...new Set(list.flatMap((g) => [...g.aliases.keys()]))];
    const parentVotes = new Map<string, number>();
    for (const g of list)
      for (const [p, n] of g.memberOf)
        parentVotes.set(canonical.get(p) ?? p, (parentVotes.get(canonical.get(p) ?? p) ?? 0) + n);
    parentVotes.delete(id);
    const parent = mostFrequent(parentVotes);
    if (parent !== undefined && members.has(parent)) parents.set(id, parent);
    const kind = gazetteer.get(id)?.kind ?? kindOf((head ?? (list[0] as Group)).id);
    const actor: ActorRecord = { id, label, kind, aliases };
    const notes = merges.filter((m) => m.into === id);
    if (notes.length) actor.note = mergeNote(notes);
    actors.push(actor);
  }
  // Merging may close a memberOf cycle (A in B in one article, B in A in another): the link
  // of the cycle's first actor (in order of appearance) is dropped, since statements@1
  // forbids cycles.
  for (const actor of actors) {
    const parent = parents.get(actor.id);
    if (parent === undefined) continue;
    let at: string | undefined = parent;
    const seen = new Set([actor.id]);
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      at = parents.get(at);
    }
    if (at === undefined) actor.memberOf = parent;
    else parents.delete(actor.id);
  }
  return actors;
}

function mergeNote(merges: readonly ActorMerge[]): string {
  const sorted = [...merges].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
  const shown = sorted
    .slice(0, NOTE_MERGES)
    .map((m) => `"${m.name}" (${m.reason}: ${m.evidence}; ${m.documents} doc${m.documents === 1 ? '' : 's'})`);
  const more = sorted.length > NOTE_MERGES ? `; … and ${sorted.length - NOTE_MERGES} more` : '';
  return `merged names: ${shown.join('; ')}${more}`;
}
