// Resolving pronouns, definite descriptions and group nouns to the most recent compatible
// actor already mentioned: "he"/"she" → a person; "it" → a singular organisation or state;
// "they" → a group, else an organisation; "the agency" → the last actor whose name holds the
// word or a person's post, else (the sentence before's subject first when it opens a sentence) the
// last actor of a compatible kind. Only a bounded window is searched, so cost
// stays linear and a stale antecedent from pages before is not picked.
import type { ActorKind } from '../../model/kinds.ts';
import type { TokenTable } from '../nlp/tokens.ts';
import type { Mention } from '../types.ts';
import type { Actor, ActorRegistry } from './registry.ts';
import { DESCRIPTIONS } from '../lexicon/titles.ts';

/** How far back (in tokens) an antecedent may be. */
const WINDOW = 250;
const ORGANISATION: ReadonlySet<ActorKind> = new Set([
  'government',
  'military',
  'armed-group',
  'ngo',
  'media',
  'intergovernmental',
  'company',
  'union',
  'political-group',
  'state',
]);

const WORD_PATTERNS = new Map<string, RegExp>();
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s']);

/** The noun as a whole word, any case; compiled once per noun (descriptions recur in every document). */
function wordPattern(noun: string): RegExp {
  let pattern = WORD_PATTERNS.get(noun);
  if (!pattern) {
    pattern = new RegExp(`(^|[^\\p{L}])${noun.replace(/[^\p{L}\p{N} ]/gu, '')}($|[^\\p{L}])`, 'iu');
    WORD_PATTERNS.set(noun, pattern);
  }
  return pattern;
}

/** What each pronoun may refer to ("they" prefers a plural group; see `pronoun`). */
const PRONOUN_ACCEPT: Record<string, (actor: Actor, m: Mention) => boolean> = {
  he: (a) => a.kind === 'person',
  she: (a) => a.kind === 'person',
  it: (a, m) => a.kind !== 'person' && !a.plural && m.via !== 'demonym',
  they: (a) => ORGANISATION.has(a.kind) && a.kind !== 'state',
};

export class Coref {
  /** Posts given to persons in appositions ("Angela Smith, a lawyer for the family,"), by actor id. */
  readonly posts = new Map<string, string>();
  /** A label and each of its word-final parts ("syrian rebels", "rebels") → the latest non-weak mention with it, over mentions[0, groupsIndexed). */
  private readonly byLabelEnd = new Map<string, Mention>();
  private groupsIndexed = 0;

  constructor(
    private readonly t: TokenTable,
    private readonly registry: ActorRegistry,
    private readonly mentions: readonly Mention[],
  ) {}

  private find(before: number, accept: (actor: Actor, m: Mention) => boolean, window = WINDOW): Actor | undefined {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k] as Mention;
      if (m.first >= before) continue;
      if (before - m.first > window) break;
      if (m.via === 'weak') continue;
      const actor = this.registry.get(m.actor);
      if (actor && accept(actor, m)) return actor;
    }
    return undefined;
  }

  /**
   * A pronoun's antecedent: the most recent compatible actor; for a pronoun opening a sentence
   * ("It accused …"), the first compatible actor of the sentence before (its subject) when there is one.
   */
  pronoun(word: string, at: number, subjectsFrom?: number): Actor | undefined {
    const accept = PRONOUN_ACCEPT[word];
    if (!accept) return undefined;
    if (subjectsFrom !== undefined) {
      const subject = this.first(subjectsFrom, at, accept);
      if (subject) return subject;
    }
    if (word === 'they') return this.find(at, (a) => a.plural) ?? this.find(at, accept);
    return this.find(at, accept);
  }

  /** The earliest compatible actor mentioned in tokens [from, before). */
  private first(from: number, before: number, accept: (actor: Actor, m: Mention) => boolean): Actor | undefined {
    let found: Actor | undefined;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k] as Mention;
      if (m.first >= before) continue;
      if (m.first < from) break;
      const actor = m.via === 'weak' ? undefined : this.registry.get(m.actor);
      if (actor && accept(actor, m)) found = actor;
    }
    return found;
  }

  /** Remembers the post an apposition gave a person (the last one given wins). */
  notePost(actorId: string, post: string): void {
    this.posts.set(actorId, post);
  }

  /** "the agency", "the ministry", "the lawyer": by name (or a person's post) first, then by kind. */
  description(noun: string, at: number, kind?: ActorKind, subjectsFrom?: number): Actor | undefined {
    const byName = this.holding(noun, at);
    if (byName) return byName;
    const kinds = kind ? [kind] : DESCRIPTIONS.get(noun);
    if (!kinds) return undefined;
    // opening a sentence ("The company said"), it takes up the sentence before's subject, not its object
    const subject =
      subjectsFrom === undefined ? undefined : this.first(subjectsFrom, at, (a) => kinds.includes(a.kind));
    if (subject) return subject;
    // a possessor ("tracked the company's supply chain") is seldom what a later description takes up
    return (
      this.find(at, (a, m) => kinds.includes(a.kind) && !POSSESSIVE.has(this.t.lower[m.last + 1] ?? '')) ??
      this.find(at, (a) => kinds.includes(a.kind))
    );
  }

  /** The last actor whose label, an alias or a person's post holds the noun ("the mayor" → "Mayor Ana Duarte"). */
  holding(noun: string, at: number): Actor | undefined {
    const word = wordPattern(noun);
    return this.find(
      at,
      (a) => word.test(a.label) || a.aliases.some((alias) => word.test(alias)) || word.test(this.posts.get(a.id) ?? ''),
      WINDOW * 4,
    );
  }

  /** "the government": the last state spoken of as a government. */
  government(at: number): Actor | undefined {
    return this.find(
      at,
      (a) => a.kind === 'state' && a.aliases.some((alias) => /\b(government|administration)\b/i.test(alias)),
      WINDOW * 4,
    );
  }

  /** "rebels", "the rebels" → the group last named with that noun ("Syrian rebels"), however far back. */
  groupByNoun(noun: string, at: number): Actor | undefined {
    // mentions are only ever appended: index the new ones by every word-final part of their label
    for (; this.groupsIndexed < this.mentions.length; this.groupsIndexed++) {
      const m = this.mentions[this.groupsIndexed] as Mention;
      const label = m.via === 'weak' ? undefined : this.registry.get(m.actor)?.label.toLowerCase();
      if (label === undefined) continue;
      this.byLabelEnd.set(label, m);
      for (let k = label.indexOf(' '); k >= 0; k = label.indexOf(' ', k + 1))
        this.byLabelEnd.set(label.slice(k + 1), m);
    }
    const latest = this.byLabelEnd.get(noun);
    if (!latest) return undefined;
    if (latest.first < at) return this.registry.get(latest.actor);
    // (the latest such mention lies past `at`: look further back)
    return this.find(
      at,
      (a) => a.label.toLowerCase() === noun || a.label.toLowerCase().endsWith(` ${noun}`),
      Number.MAX_SAFE_INTEGER,
    );
  }

  get tokens(): TokenTable {
    return this.t;
  }
}
