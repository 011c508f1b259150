// The actors of a document, and of an extraction run: ids (gazetteer id for known actors, else
// a slug of the label), kinds, aliases as found, memberOf. Each document is read with a registry
// of its own, so that what one article says never changes how another is read; the run's
// registry then absorbs them, so an actor named in two articles is one actor with the union of
// its aliases (its label, kind and memberOf are those of the first article naming it).
import type { ActorKind } from '../../model/kinds.ts';
import type { ActorRecord } from '../../model/schema.ts';
import { localActorId } from '../../model/keys.ts';
import { plainLabel } from '../lexicon/grammar.ts';
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';

export interface Actor {
  id: string;
  label: string;
  kind: ActorKind;
  aliases: string[];
  memberOf?: string;
  /** A group spoken of in the plural ("rebels", "officials"): the referent of "they". */
  plural: boolean;
  fromGazetteer: boolean;
}

const SLUGS = new Map<string, string>();
/** Labels slugged so far; unknown names recur across documents, and slugging normalises and runs five regexps. */
const SLUG_CACHE_LIMIT = 100_000;

export function slug(label: string): string {
  let cached = SLUGS.get(label);
  if (cached === undefined) {
    cached = makeSlug(label);
    if (SLUGS.size >= SLUG_CACHE_LIMIT) SLUGS.clear();
    SLUGS.set(label, cached);
  }
  return cached;
}

function makeSlug(label: string): string {
  const s = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'actor';
}

export class ActorRegistry {
  private readonly actors = new Map<string, Actor>();
  /** Aliases of this registry's actors known to be in their lists (`absorb`'s cache: every entry is in the actor's list). */
  private readonly absorbed = new WeakMap<Actor, Set<string>>();

  /** `document`: the id of the document this registry reads, which its document-local actors carry. */
  constructor(
    readonly gazetteer: Gazetteer,
    readonly document?: string,
  ) {}

  get(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  /** A gazetteer actor (and, through memberOf, its parents), with `surface` as an alias. */
  known(entry: GazetteerEntry, surface?: string): Actor {
    let actor = this.actors.get(entry.id);
    if (!actor) {
      actor = { id: entry.id, label: entry.label, kind: entry.kind, aliases: [], plural: false, fromGazetteer: true };
      if (entry.memberOf && this.gazetteer.byId.has(entry.memberOf)) {
        actor.memberOf = entry.memberOf;
        this.known(this.gazetteer.byId.get(entry.memberOf) as GazetteerEntry);
      }
      this.actors.set(entry.id, actor);
    }
    if (surface) this.alias(actor, surface);
    return actor;
  }

  /**
   * An actor unknown to the gazetteer, by label; the same label gives the same actor. A `local` one
   * (a pronoun kept as written) is this document's alone: its id carries the document's.
   */
  named(
    label: string,
    kind: ActorKind,
    surface: string,
    options: { memberOf?: string; plural?: boolean; local?: boolean } = {},
  ): Actor {
    let id = slug(label);
    if (options.local && this.document !== undefined) id = localActorId(id, this.document);
    // a name slugged like a gazetteer id is that actor when it is of its kind ("Russia's defence ministry"
    // is the Russian Defence Ministry), else another one; decided by the gazetteer alone, not by what the
    // document named before, so that the same slug means the same actor in every document of a run
    const entry = this.gazetteer.byId.get(id);
    if (entry && (entry.kind === kind || entry.label === label)) return this.known(entry, surface);
    if (entry) id = `${id}-${kind}`;
    let actor = this.actors.get(id);
    if (!actor) {
      actor = { id, label, kind, aliases: [], plural: options.plural ?? false, fromGazetteer: false };
      if (options.memberOf && options.memberOf !== id) actor.memberOf = options.memberOf;
      this.actors.set(id, actor);
    } else {
      if (!actor.memberOf && options.memberOf && options.memberOf !== id) actor.memberOf = options.memberOf;
      // a name first seen bare ("Okafor" in a headline: kind unknown) and later as "Mr. Okafor" is a person
      if (actor.kind === 'other' && kind !== 'other' && !actor.fromGazetteer) actor.kind = kind;
    }
    this.alias(actor, surface);
    return actor;
  }

  alias(actor: Actor, surface: string): void {
    const clean = surface.replace(/\s+/g, ' ').trim();
    if (clean && !actor.aliases.includes(clean)) actor.aliases.push(clean);
  }

  /** Takes in the actors of `other` (a document's registry): new ones as they are, known ones gain their aliases. */
  absorb(other: ActorRegistry): void {
    for (const actor of other.actors.values()) {
      const mine = this.actors.get(actor.id);
      if (!mine) {
        this.actors.set(actor.id, { ...actor, aliases: [...actor.aliases] });
        continue;
      }
      // (a run's actor gathers the aliases of every document naming it: looked up in a set, not the list)
      let known = this.absorbed.get(mine);
      if (!known) this.absorbed.set(mine, (known = new Set(mine.aliases)));
      for (const alias of actor.aliases) {
        if (known.has(alias)) continue;
        // (the list may have grown outside `absorb`: it decides, the set only remembers)
        if (!mine.aliases.includes(alias)) mine.aliases.push(alias);
        known.add(alias);
      }
      if (!mine.memberOf && actor.memberOf && actor.memberOf !== mine.id) mine.memberOf = actor.memberOf;
      // a kind one document could not tell ('other') is the kind another one gave
      if (mine.kind === 'other' && actor.kind !== 'other' && !mine.fromGazetteer) mine.kind = actor.kind;
    }
  }

  /** The actor records of the ids given (and of their memberOf parents), in registry order. */
  records(used: ReadonlySet<string>): ActorRecord[] {
    const keep = new Set<string>();
    const visit = (id: string): void => {
      if (keep.has(id)) return;
      const actor = this.actors.get(id);
      if (!actor) return;
      keep.add(id);
      if (actor.memberOf) visit(actor.memberOf);
    };
    for (const id of used) visit(id);
    const out: ActorRecord[] = [];
    for (const actor of this.actors.values()) {
      if (!keep.has(actor.id)) continue;
      const record: ActorRecord = {
        id: actor.id,
        label: plainLabel(actor.label, (name) => actor.aliases.includes(name)),
        kind: actor.kind,
        aliases: [...actor.aliases],
      };
      if (actor.memberOf && keep.has(actor.memberOf)) record.memberOf = actor.memberOf;
      out.push(record);
    }
    return out;
  }
}
