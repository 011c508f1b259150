// Names the gazetteer does not know: capitalised runs classified by their head word or the
// noun that introduces them ("meatpacker Frigorífico Boa Vista"), persons, places (never
// speakers), acronyms tied to a long form in brackets or to the initials of an earlier name,
// and surnames tied to the full names they shorten.
import type { Sentence } from '../nlp/tokens.ts';
import type { Mention } from '../types.ts';
import type { ActorKind } from '../../model/kinds.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { Actor } from './registry.ts';
import { isAcronym, isCapitalised, isNameToken, letters, matchCapitalisedRun } from './names.ts';
import { DESCRIPTORS, ORG_HEADS } from '../lexicon/titles.ts';
import { PLACE_FIRST_WORDS, PLACE_LAST_WORDS } from '../lexicon/nouns.ts';
import type { Hit } from './nameMatcher.ts';
import { StateBodies } from './stateBodies.ts';
import type { Gender } from '../lexicon/genders.ts';
import { PLACE_NAMES } from '../lexicon/places.ts';

/** Prepositions of place: a name after them ("in Harlow Springs") is where, not who. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'near', 'throughout', 'outside', 'inside']);

/** Does a person's label open with this given name, or with its initial ("J. Smith" for "John Smith")? */
function sameGivenName(label: string, given: string): boolean {
  const first = label.slice(0, label.search(/\s|$/));
  if (first === given) return true;
  const isInitial = (w: string): boolean => /^\p{Lu}\.?$/u.test(w);
  return (isInitial(first) || isInitial(given)) && first.charAt(0) === given.charAt(0);
}

export class UnknownNames extends StateBodies {
  /** Surname → the persons bearing it in this document, in the order they were introduced. */
  protected readonly surnames = new Map<string, string[]>();
  protected readonly acronyms = new Map<string, string>();
  /** Capitalised initials of actor labels, for acronyms (labels never change once made). */
  private readonly initials = new Map<string, string>();
  /** Initials → the actor (not from the gazetteer) of the latest mention having them, over mentions[0, indexed). */
  private readonly byInitials = new Map<string, string>();
  private indexed = 0;

  protected override isPersonName(last: number): boolean {
    return this.surnames.has(this.t.value[last] as string);
  }

  protected rememberSurname(actor: Actor, first: number, last: number): void {
    if (last <= first) return;
    const surname = this.t.value[last] as string;
    const holders = this.surnames.get(surname);
    if (!holders) this.surnames.set(surname, [actor.id]);
    else if (!holders.includes(actor.id)) holders.push(actor.id);
  }

  /**
   * The person a surname stands for: the first introduced of its bearers whose sex agrees with
   * `gender` ("Mrs. Okafor" is not Mr. Okafor) and whose given name is `given` when one is written
   * ("Tomas Okafor" is not Ana Okafor).
   */
  protected surnameHolder(surname: string, gender?: Gender, given?: string): Actor | undefined {
    let unsure: Actor | undefined;
    for (const id of this.surnames.get(surname) ?? []) {
      const known = this.genders.get(id);
      if (gender && known && known !== gender) continue;
      const actor = this.registry.get(id);
      if (!actor) continue;
      if (given !== undefined && !sameGivenName(actor.label, given)) continue;
      // one known to be of that sex goes before one whose sex the document has not said
      if (!gender || known) return actor;
      unsure ??= actor;
    }
    return unsure;
  }

  /**
   * "meatpacker Frigorífico Boa Vista", "the broadcaster NOS", "environmental agency Ibama": a common noun
   * (with up to two modifiers) naming what the following name is. `from` is where the mention starts.
   */
  protected described(i: number, s: Sentence, state: GazetteerEntry | undefined, from: number): Hit | undefined {
    const { t, registry } = this;
    for (let j = i; j <= s.last && j < i + 3; j++) {
      const lower = t.lower[j] as string;
      if (isCapitalised(t.value[j] as string)) return undefined;
      const kind = DESCRIPTORS.get(lower);
      if (!kind || j + 1 > s.last || !isNameToken(t, j + 1, s.first)) {
        if (t.pos[j] === 'NOUN' || t.pos[j] === 'ADJ') continue;
        return undefined;
      }
      const gaz = this.gazetteerAt(j + 1, s.last);
      if (gaz && gaz.name.role !== 'demonym') {
        return { last: gaz.last, actor: registry.known(gaz.name.entry, this.surface(from, gaz.last)), via: 'name' };
      }
      if (isAcronym(t.value[j + 1] as string) || this.surnames.has(t.value[j + 1] as string)) return undefined;
      const end = matchCapitalisedRun(t, j + 1, s.last, s.first);
      if (end < 0) return undefined;
      const name = this.surface(j + 1, end);
      const memberOf = state && (kind === 'government' || kind === 'media') ? registry.known(state).id : undefined;
      const actor = registry.named(name, kind, name, memberOf ? { memberOf } : {});
      registry.alias(actor, this.surface(from, end));
      this.rememberSurname(actor, j + 1, end);
      return { last: end, actor, via: 'name' };
    }
    return undefined;
  }

  /**
   * A capitalised name unknown to the gazetteer: acronym, known surname, organisation (by head word) or
   * person; `afterDemonym` ("Syrian Civil Defence") rules out a person, who would carry a title there.
   */
  protected unknownName(i: number, s: Sentence, afterDemonym = false): Hit | undefined {
    const { t, registry } = this;
    const value = t.value[i] as string;
    // an acronym ending the sentence ("owned by Bloomberg L.P.") has no next token to look at
    if (isAcronym(value) && !(i < s.last && isNameToken(t, i + 1, s.first))) {
      const id = this.acronyms.get(letters(value)) ?? this.acronymOfKnown(letters(value));
      if (id) {
        const actor = registry.get(id) as Actor;
        registry.alias(actor, value);
        return { last: i, actor, via: 'name' };
      }
    }
    const end = matchCapitalisedRun(t, i, s.last, s.first);
    if (end < 0) return undefined;
    const surface = this.surface(i, end);
    // "Camp Aguinaldo", "Port Sudan", "Gaza Strip", "New Hampshire", a dateline's "NEW YORK": places,
    // never speakers nor referents of "he"
    if (
      (end > i &&
        (PLACE_FIRST_WORDS.has(t.lower[i] as string) || PLACE_LAST_WORDS.has(t.lower[end] as string)) &&
        !ORG_HEADS.has(t.lower[end] as string)) ||
      PLACE_NAMES.has(surface.toLowerCase()) ||
      (end > i && surface === surface.toUpperCase() && /\p{Lu}{2}/u.test(surface))
    ) {
      return { last: end, actor: registry.named(surface, 'other', surface), via: 'weak' };
    }
    const known = end > i ? this.surnameHolder(t.value[end] as string, undefined, t.value[i] as string) : undefined;
    if (known) {
      registry.alias(known, surface);
      return { last: end, actor: known, via: 'name' };
    }
    const descriptor = end < s.last ? DESCRIPTORS.get(t.lower[end + 1] as string) : undefined;
    if (descriptor && !isCapitalised(t.value[end + 1] as string)) {
      const actor = registry.named(surface, descriptor, surface);
      registry.alias(actor, this.surface(i, end + 1));
      return { last: end + 1, actor, via: 'name' };
    }
    let kind: ActorKind | undefined;
    for (let j = end; j >= i && !kind; j--) kind = ORG_HEADS.get(t.lower[j] as string);
    if (kind) return { last: end, actor: registry.named(surface, kind, surface), via: 'name' };
    if (end === i) {
      const person = this.surnameHolder(value);
      if (person) {
        registry.alias(person, value);
        return { last: i, actor: person, via: 'name' };
      }
      return { last: i, actor: registry.named(surface, 'other', surface), via: 'weak' };
    }
    let allProper = true;
    for (let j = i; j <= end; j++)
      if (t.pos[j] !== 'PROPN' || t.lower[j] === '-') allProper = t.lower[j] === '-' ? allProper : false;
    if (allProper && afterDemonym) return { last: end, actor: registry.named(surface, 'other', surface), via: 'name' };
    // "the Global Response Staff": a person's name takes no article; "in Harlow Springs": a place
    const before = i > s.first ? (t.lower[i - 1] as string) : '';
    if (allProper && end - i <= 3 && (before === 'the' || PLACE_PREPOSITIONS.has(before)))
      return { last: end, actor: registry.named(surface, 'other', surface), via: before === 'the' ? 'name' : 'weak' };
    if (allProper && end - i <= 3) {
      const actor = registry.named(surface, 'person', surface);
      this.rememberSurname(actor, i, end);
      return { last: end, actor, via: 'name' };
    }
    return { last: end, actor: registry.named(surface, 'other', surface), via: 'weak' };
  }

  /** An actor mentioned earlier whose capitalised initials spell the acronym ("SOHR" ← "Syrian Observatory for Human Rights"). */
  protected acronymOfKnown(acronym: string): string | undefined {
    // mentions are only ever appended: index the new ones (a later mention overrides an earlier one)
    for (; this.indexed < this.mentions.length; this.indexed++) {
      const actor = this.registry.get((this.mentions[this.indexed] as Mention).actor);
      if (!actor || actor.fromGazetteer) continue;
      let initials = this.initials.get(actor.id);
      if (initials === undefined) {
        initials = actor.label
          .split(/[\s-]+/)
          .filter((w) => isCapitalised(w))
          .map((w) => w.charAt(0))
          .join('');
        this.initials.set(actor.id, initials);
      }
      this.byInitials.set(initials, actor.id);
    }
    return this.byInitials.get(acronym);
  }

  /** "The Medicines … Agency (MHRA)": the acronym in brackets becomes an alias of the name before it (the caller records the mention). */
  protected acronymAfter(hit: Hit, s: Sentence): Mention | undefined {
    const { t } = this;
    const open = hit.last + 1;
    if (open + 2 > s.last || t.value[open] !== '(' || t.value[open + 2] !== ')') return undefined;
    const value = t.value[open + 1] as string;
    if (!isAcronym(value)) return undefined;
    this.registry.alias(hit.actor, value);
    this.acronyms.set(letters(value), hit.actor.id);
    return { first: open + 1, last: open + 1, actor: hit.actor.id, via: 'name' };
  }
}
