// Cross-document identity: the actors extracted from each document become one set of
// actors for the corpus. The same id is the same actor (gazetteer ids are stable); an
// extracted name that the gazetteer lists for exactly one entry joins that entry; a name
// that is, unambiguously, another actor's alias joins that actor. Every merge is recorded
// (which name, why, in how many documents) so a user can see why two names became one. A
// document-local actor (model/keys.ts localActorId: a pronoun kept as written) is never merged.
import { isLocalActorId, type ActorKind, type ActorRecord } from '../../model/index.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import { plainLabel } from '../../extract/lexicon/grammar.ts';
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

/**
 * What the corpus knows of one extracted actor id, summed over the documents that name it. Every
 * map keeps its keys in order of first appearance (documents in publication order), which breaks
 * ties between equally frequent labels, kinds and parents. The store keeps these sums in tables
 * and rebuilds the groups from them, so that identity is decided by this same code.
 */
export interface ActorGroup {
  id: string;
  /** Label → the number of documents that gave it. */
  labels: Map<string, number>;
  /** Kind → the number of documents that gave it. */
  kinds: Map<ActorKind, number>;
  /** Every name (labels and aliases) → the first document that gave it. */
  aliases: Map<string, string>;
  /** memberOf id → the number of documents that gave it. */
  memberOf: Map<string, number>;
  docs: number;
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
  return resolveGroups(groupMentions(mentions), gazetteer);
}

/** The mentions (in publication order) summed per actor id, in order of first mention. */
export function groupMentions(mentions: Iterable<ActorMention>): Map<string, ActorGroup> {
  const resolver = new ActorResolver();
  for (const mention of mentions) resolver.add(mention);
  return resolver.groups;
}

/**
 * The same, fed one mention at a time (a corpus streamed from disk), resolved once all are in.
 * A document's mentions come together (documents one after another, in publication order), so
 * what was counted is remembered for the current document only: memory grows with the actors,
 * not with the documents.
 */
export class ActorResolver {
  readonly groups = new Map<string, ActorGroup>();
  // documents and labels count once per document; kinds and parents once per mention (a
  // document's actor list names each id once, so the two agree on extraction results)
  private doc: string | undefined;
  /** The current document's actor ids, each with the labels counted for it. */
  private readonly seen = new Map<string, Set<string>>();

  add({ doc, actor }: ActorMention): void {
    let group = this.groups.get(actor.id);
    if (!group) {
      group = { id: actor.id, labels: new Map(), kinds: new Map(), aliases: new Map(), memberOf: new Map(), docs: 0 };
      this.groups.set(actor.id, group);
    }
    if (doc !== this.doc) {
      this.doc = doc;
      this.seen.clear();
    }
    let labels = this.seen.get(actor.id);
    if (!labels) {
      group.docs++;
      this.seen.set(actor.id, (labels = new Set()));
    }
    if (!labels.has(actor.label)) {
      group.labels.set(actor.label, (group.labels.get(actor.label) ?? 0) + 1);
      labels.add(actor.label);
    }
    group.kinds.set(actor.kind, (group.kinds.get(actor.kind) ?? 0) + 1);
    for (const alias of [actor.label, ...actor.aliases]) if (!group.aliases.has(alias)) group.aliases.set(alias, doc);
    if (actor.memberOf) group.memberOf.set(actor.memberOf, (group.memberOf.get(actor.memberOf) ?? 0) + 1);
  }

  resolve(gazetteer: readonly GazetteerEntry[] = []): ResolvedActors {
    return resolveGroups(this.groups, gazetteer);
  }
}

/** Identity decided from the groups (in order of first mention): see the banner. */
export function resolveGroups(
  groups: ReadonlyMap<string, ActorGroup>,
  gazetteer: readonly GazetteerEntry[] = [],
): ResolvedActors {
  const gazetteerById = new Map(gazetteer.map((e) => [e.id, e]));
  const kindOf = (id: string): ActorKind =>
    (gazetteerById.get(id)?.kind ?? mostFrequent((groups.get(id) as ActorGroup).kinds)) as ActorKind;
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
    if (isLocalActorId(group.id)) continue;
    for (const alias of group.aliases.keys()) {
      const key = normaliseName(alias);
      const ids = holders.get(key) ?? new Set<string>();
      ids.add(group.id);
      holders.set(key, ids);
    }
  }
  for (const group of groups.values()) {
    union.add(group.id);
    // a document-local actor ("it", a pronoun kept as written) is nobody else, whatever its name
    if (gazetteerById.has(group.id) || isLocalActorId(group.id)) continue;
    const label = mostFrequent(group.labels) as string;
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
          documents: group.docs,
        });
        continue;
      }
    }
    const others = [...(holders.get(key) ?? [])].filter((id) => id !== group.id);
    if (others.length !== 1) continue;
    const other = groups.get(others[0] as string) as ActorGroup;
    if (!compatible(kindOf(group.id), kindOf(other.id))) continue;
    const where = [...other.aliases].find(([alias]) => normaliseName(alias) === key)?.[1] as string;
    union.union(other.id, group.id);
    merges.push({
      into: other.id,
      from: group.id,
      name: label,
      reason: 'alias',
      evidence: `"${label}" is an alias of ${other.id} in document ${where}`,
      documents: group.docs,
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
          documents: docs,
        });
    }
  }
  return { actors: buildActors(groups, canonical, merges, gazetteerById, kindOf), canonical, merges };
}

function labelOf(group: ActorGroup, gazetteer: ReadonlyMap<string, GazetteerEntry>): string {
  return (
    gazetteer.get(group.id)?.label ??
    plainLabel(mostFrequent(group.labels) as string, (name) => group.aliases.has(name))
  );
}

function preferred(
  a: string,
  b: string,
  groups: ReadonlyMap<string, ActorGroup>,
  gazetteer: ReadonlyMap<string, GazetteerEntry>,
): string {
  if (gazetteer.has(a) !== gazetteer.has(b)) return gazetteer.has(a) ? a : b;
  const da = groups.get(a)?.docs ?? 0;
  const db = groups.get(b)?.docs ?? 0;
  return da !== db ? (da > db ? a : b) : a < b ? a : b;
}

function buildActors(
  groups: ReadonlyMap<string, ActorGroup>,
  canonical: ReadonlyMap<string, string>,
  merges: readonly ActorMerge[],
  gazetteer: ReadonlyMap<string, GazetteerEntry>,
  kindOf: (id: string) => ActorKind,
): ActorRecord[] {
  const members = new Map<string, ActorGroup[]>();
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
    const names = new Set(list.flatMap((g) => [...g.aliases.keys()]));
    const label =
      gazetteer.get(id)?.label ??
      plainLabel(labelOf(head ?? (list[0] as ActorGroup), gazetteer), (name) => names.has(name));
    const aliases = [...names];
    const parentVotes = new Map<string, number>();
    for (const g of list)
      for (const [p, n] of g.memberOf)
        parentVotes.set(canonical.get(p) ?? p, (parentVotes.get(canonical.get(p) ?? p) ?? 0) + n);
    parentVotes.delete(id);
    const parent = mostFrequent(parentVotes);
    if (parent !== undefined && members.has(parent)) parents.set(id, parent);
    const kind = gazetteer.get(id)?.kind ?? kindOf((head ?? (list[0] as ActorGroup)).id);
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
