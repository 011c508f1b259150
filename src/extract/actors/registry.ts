// The actors of one extraction run: ids (gazetteer id for known actors, else a slug of the
// label), kinds, aliases as found, memberOf. One registry spans all documents of a run so an
// actor named in two articles is one actor with the union of its aliases.
import type { ActorKind } from '../../model/kinds.ts';
import type { ActorRecord } from '../../model/schema.ts';
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

  constructor(readonly gazetteer: Gazetteer) {}

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

  /** An actor unknown to the gazetteer, by label; the same label gives the same actor. */
  named(label: string, kind: ActorKind, surface: string, options: { memberOf?: string; plural?: boolean } = {}): Actor {
    let id = slug(label);
    const existing = this.actors.get(id);
    if (existing && existing.fromGazetteer && existing.label !== label) id = `${id}-${kind}`;
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
      const record: ActorRecord = { id: actor.id, label: actor.label, kind: actor.kind, aliases: [...actor.aliases] };
      if (actor.memberOf && keep.has(actor.memberOf)) record.memberOf = actor.memberOf;
      out.push(record);
    }
    return out;
  }
}
