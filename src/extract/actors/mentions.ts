// Finding actor mentions, sentence by sentence, in document order: gazetteer names and
// demonym phrases ("Syrian army", "Russian Foreign Minister Sergey Lavrov"), titled persons,
// unknown capitalised names (classified by their head word), acronyms tied to their long
// form, surnames tied to full names, groups ("rebels", "officials"), and pronouns and
// definite descriptions resolved to the most recent compatible actor (./coref.ts).
import type { Sentence, TokenTable } from '../nlp/tokens.ts';
import type { Mention } from '../types.ts';
import type { ActorKind } from '../../model/kinds.ts';
import type { GazetteerEntry, GazetteerName } from './gazetteer.ts';
import { firstWord } from './gazetteer.ts';
import type { Actor, ActorRegistry } from './registry.ts';
import { isAcronym, isCapitalised, isNameToken, letters, matchCapitalisedRun, matchPersonName, matchTitle } from './names.ts';
import { DESCRIPTIONS, DESCRIPTORS, ORG_HEADS, TITLES } from '../lexicon/titles.ts';
import { AFFILIATES, GOVERNMENT_WORDS, GROUP_NOUNS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, STATE_BODIES } from '../lexicon/nouns.ts';
import { Coref } from './coref.ts';
import { resolveShared } from './ambiguity.ts';

/** First words that can start a lower-case mention: a cheap gate before any phrase matching (most tokens are none of these). */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...[...STATE_BODIES.keys(), ...TITLES].map((phrase) => phrase.split(/[\s-]/)[0] as string),
  ...GROUP_NOUNS.keys(),
  ...[...GROUP_NOUNS.keys()].map((noun) => noun.replace(/s$/, '')),
  ...DESCRIPTORS.keys(),
  ...DESCRIPTIONS.keys(),
  ...GOVERNMENT_WORDS,
]);

/** Unnamed people who speak for their state or organisation ("a British diplomat", "a senior official"). */
const PERSON_NOUNS: ReadonlyMap<string, true> = new Map(
  ['diplomat', 'official', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'negotiator', 'officer', 'commander', 'minister', 'lawmaker', 'senator', 'adviser', 'advisor', 'analyst', 'expert', 'witness', 'resident', 'doctor'].map((w) => [w, true]),
);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);
const BODY_WORDS_MAX = 3;
/** Offices seated in a foreign city ("embassy in London"). */
const SEATS: ReadonlySet<string> = new Set(['embassy', 'consulate', 'mission', 'delegation']);
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);
/** First tokens of state-body phrases ("foreign" of "foreign ministry", "co" of "co-operation agency"): the body matcher's gate. */
const BODY_STARTS: ReadonlySet<string> = new Set([...STATE_BODIES.keys()].flatMap((phrase) => [phrase.split(' ')[0] as string, phrase.split(/[\s-]/)[0] as string]));
/** "It looks like", "it is clear": "it" with no referent. */
const EXPLETIVE_AFTER: ReadonlySet<string> = new Set(['is', 'was', "'s", '’s', 'looks', 'seems', 'appears', 'remains', 'would', 'may', 'might', 'could', 'will']);

interface Hit {
  last: number;
  actor: Actor;
  via: Mention['via'];
}

/** The actors of one document as they are mentioned; `scan` must see the sentences in order. */
export class DocActors {
  readonly mentions: Mention[] = [];
  readonly coref: Coref;
  private readonly stateCounts = new Map<string, number>();
  private readonly surnames = new Map<string, string>();
  private readonly acronyms = new Map<string, string>();
  private readonly bodies = new Map<string, string>();
  /** First tokens of the sentence being scanned and of the one before (for sentence-opening pronouns). */
  private currentFirst: number | undefined;
  private previousFirst: number | undefined;
  /** What each shared gazetteer name ("RSF", "Congo") means in this document. */
  private readonly shared = new Map<string, GazetteerEntry>();
  /** Capitalised initials of actor labels, for acronyms (labels never change once made). */
  private readonly initials = new Map<string, string>();

  constructor(
    private readonly t: TokenTable,
    private readonly registry: ActorRegistry,
  ) {
    this.coref = new Coref(t, registry, this.mentions);
  }

  /** "The Russian embassy in London", "the U.S. Embassy in Pristina": the host city is part of the mention, not an actor of its own. */
  private seatAfter(hit: Hit, s: Sentence): number {
    const { t } = this;
    if (!SEATS.has(t.lower[hit.last] as string) || t.lower[hit.last + 1] !== 'in' || hit.last + 2 > s.last) return hit.last;
    const place = this.gazetteerAt(hit.last + 2, s.last);
    if (place && (place.name.role === 'capital' || place.name.entry.kind === 'state')) return place.last;
    return isNameToken(t, hit.last + 2, s.first) ? matchCapitalisedRun(t, hit.last + 2, s.last, s.first) : hit.last;
  }

  /** "Okafor's campaign", "Greenpeace's lawyers": a named actor's affiliate speaks for it (a member of it), not as it. */
  private affiliateAfter(first: number, hit: Hit, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    if (hit.via === 'pronoun' || hit.via === 'description' || hit.actor.kind === 'state') return undefined;
    if (hit.last + 2 > s.last || !POSSESSIVE_MARKS.has(t.lower[hit.last + 1] as string)) return undefined;
    const kind = AFFILIATES.get(t.lower[hit.last + 2] as string);
    if (!kind) return undefined;
    const label = this.surface(first, hit.last + 2);
    const memberOf = hit.via === 'weak' ? undefined : hit.actor.id;
    const actor = registry.named(label, kind, label, memberOf ? { memberOf } : {});
    return { last: hit.last + 2, actor, via: 'name' };
  }

  /** Finds the mentions of one sentence and records them. */
  scan(s: Sentence): Mention[] {
    const found: Mention[] = [];
    this.previousFirst = this.currentFirst;
    this.currentFirst = s.first;
    let i = s.first;
    while (i <= s.last) {
      const hit = this.at(i, s);
      if (hit) {
        const seated = this.seatAfter(hit, s);
        if (seated > hit.last) this.registry.alias(hit.actor, this.surface(i, seated));
        hit.last = seated;
        const affiliate = this.affiliateAfter(i, hit, s);
        if (affiliate) Object.assign(hit, affiliate);
        const mention: Mention = { first: i, last: hit.last, actor: hit.actor.id, via: hit.via };
        found.push(mention);
        this.mentions.push(mention);
        if (hit.actor.kind === 'state' && hit.via !== 'pronoun' && hit.via !== 'description') {
          this.stateCounts.set(hit.actor.id, (this.stateCounts.get(hit.actor.id) ?? 0) + 1);
        }
        const acronym = this.acronymAfter(hit, s);
        if (acronym) found.push(acronym);
        i = acronym ? acronym.last + 2 : hit.last + 1;
      } else i++;
    }
    return found;
  }

  /** The state the document is mostly about (most mentioned so far). */
  homeState(): Actor | undefined {
    let best: string | undefined;
    let count = 0;
    for (const [id, n] of this.stateCounts) if (n > count) [best, count] = [id, n];
    return best === undefined ? undefined : this.registry.get(best);
  }

  private at(i: number, s: Sentence): Hit | undefined {
    const { t } = this;
    const lower = t.lower[i] as string;
    if (PRONOUNS.has(lower)) {
      if (lower === 'it' && EXPLETIVE_AFTER.has(t.lower[i + 1] ?? '')) return undefined;
      const actor = this.coref.pronoun(lower, i, i === s.first ? this.previousFirst : undefined);
      return actor ? { last: i, actor, via: 'pronoun' } : undefined;
    }
    const value = t.value[i] as string;
    if (!isCapitalised(value)) return this.common(i, s);
    // sentence-initial "State media said", "Rebels said", "The agency said": common nouns first
    if (i === s.first) return this.common(i, s) ?? this.named(i, s);
    return this.named(i, s) ?? (t.pos[i] === 'PROPN' ? undefined : this.common(i, s));
  }

  /** Mentions that start with a capitalised word. */
  private named(i: number, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    const gaz = this.gazetteerAt(i, s.last);
    if (gaz?.name.shared) {
      const local = this.acronyms.get(letters(gaz.name.name));
      if (local && isAcronym(gaz.name.name)) return { last: gaz.last, actor: registry.get(local) as Actor, via: 'name' };
      gaz.name = { ...gaz.name, entry: this.sharedMeaning(gaz.name.name, gaz.name.shared) };
    }
    if (gaz) {
      const after = gaz.last + 1;
      const possessive = after <= s.last && /^['’]s$/.test(t.value[after] as string) ? after + 1 : after;
      const person = this.titled(possessive, s, gaz.name.entry, i);
      if (person) return person;
      if (possessive > after && gaz.name.entry.kind === 'state') {
        // "Israel's foreign ministry", "Brazil's environmental agency Ibama"
        const body = this.stateBody(possessive, s.last);
        if (body) return { last: body.last, actor: this.bodyActor(registry.known(gaz.name.entry), body.kind, i, body.last, possessive), via: 'body' };
        const described = this.described(possessive, s, gaz.name.entry, i);
        if (described) return described;
        // "Sudan's army-led government", "Iran's new government": the state itself
        const gov = this.governmentWord(this.pastModifiers(possessive, s.last), s.last);
        if (gov >= 0) return { last: gov, actor: registry.known(gaz.name.entry, this.surface(i, gov)), via: 'name' };
      }
      if (gaz.name.entry.kind !== 'state' && gaz.name.role === 'alias') {
        // "Greenpeace Brazil": a national branch named after the organisation
        const branch = this.gazetteerAt(gaz.last + 1, s.last);
        if (branch && branch.name.entry.kind === 'state' && branch.name.role === 'alias') {
          const actor = registry.known(gaz.name.entry, this.surface(i, branch.last));
          return { last: branch.last, actor, via: 'name' };
        }
      }
      if (gaz.name.entry.kind === 'state' && gaz.name.role === 'alias' && possessive === after) {
        const body = this.namedBody(gaz.name.entry, i, after, s);
        if (body) return body;
        // "the United States embassy (in Pristina)": a state's mission abroad
        if (after <= s.last && SEATS.has(t.lower[after] as string)) {
          return { last: after, actor: this.bodyActor(registry.known(gaz.name.entry), 'government', i, after, after), via: 'body' };
        }
      }
      if (gaz.name.role === 'demonym') {
        const phrase = this.demonymPhrase(gaz.name.entry, i, after, s);
        if (phrase) return phrase;
      } else {
        const gov = this.governmentWord(after, s.last);
        if (gov >= 0) {
          const actor = registry.known(gaz.name.entry, this.surface(i, gov));
          return { last: gov, actor, via: 'name' };
        }
      }
      const actor = registry.known(gaz.name.entry, gaz.name.role === 'demonym' ? undefined : this.surface(i, gaz.last));
      return { last: gaz.last, actor, via: gaz.name.role === 'demonym' ? 'demonym' : 'name' };
    }
    const person = this.titled(i, s, undefined, i);
    if (person) return person;
    return this.unknownName(i, s);
  }

  private sharedMeaning(name: string, shared: readonly GazetteerEntry[]): GazetteerEntry {
    let entry = this.shared.get(name);
    if (!entry) {
      entry = resolveShared(this.t.text, this.registry.gazetteer, name, shared);
      this.shared.set(name, entry);
    }
    return entry;
  }

  /** "China Coast Guard", "US Army", "Kenya Revenue Authority": a state's body named after it; a titled person may follow ("China Coast Guard spokesman Liu Dejun"). */
  private namedBody(state: GazetteerEntry, first: number, i: number, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    if (i > s.last || !isNameToken(t, i, s.first) || this.gazetteerAt(i, s.last)) return undefined;
    const end = matchCapitalisedRun(t, i, s.last, s.first);
    if (end < 0 || end - i > 3) return undefined;
    const kind = ORG_HEADS.get(t.lower[end] as string);
    if (kind !== 'government' && kind !== 'military') return undefined;
    const label = this.surface(first, end);
    const actor = registry.named(label, kind, label, { memberOf: registry.known(state).id });
    return this.titled(end + 1, s, actor, first) ?? { last: end, actor, via: 'name' };
  }

  /** The longest gazetteer name starting at token i. */
  private gazetteerAt(i: number, last: number): { name: GazetteerName; last: number } | undefined {
    const { t } = this;
    const list = this.registry.gazetteer.byFirstWord.get(firstWord(t.value[i] as string));
    if (!list) return undefined;
    const start = t.start[i] as number;
    let plainEnd = -1;
    for (const name of list) {
      if (!t.text.startsWith(name.name, start)) {
        if (!name.name.includes(' ')) continue;
        // where tokens are joined by nothing or one space, the text reads as the name would: no second try
        if (plainEnd < 0) plainEnd = this.plainEnd(i, last);
        if (start + name.name.length <= plainEnd || !this.matchesSpaced(name.name, i, last)) continue;
      }
      const end = start + name.name.length;
      const next = t.text.charCodeAt(end);
      if (end < t.text.length && isWordChar(next)) continue;
      let j = i;
      while (j <= last && (t.end[j] as number) < end) j++;
      if (j <= last && t.end[j] === end) return { name, last: j };
    }
    return undefined;
  }

  /** End offset of the run of tokens from i joined by nothing or by a single space. */
  private plainEnd(i: number, last: number): number {
    const { t } = this;
    let j = i;
    while (j < last) {
      const gap = (t.start[j + 1] as number) - (t.end[j] as number);
      if (gap > 1 || (gap === 1 && t.text.charCodeAt(t.end[j] as number) !== 32)) break;
      j++;
    }
    return t.end[j] as number;
  }

  /** A multi-word name matched across any whitespace (line breaks, double spaces). */
  private matchesSpaced(name: string, i: number, last: number): boolean {
    const { t } = this;
    const words = name.split(' ');
    let j = i;
    for (const word of words) {
      let rest = word;
      while (rest) {
        if (j > last) return false;
        const v = t.value[j] as string;
        if (!rest.startsWith(v)) return false;
        rest = rest.slice(v.length);
        j++;
        if (rest && t.start[j] !== t.end[j - 1]) return false;
      }
    }
    return true;
  }

  /** "[Russian|US] [Foreign Minister|Secretary of State][,] Sergey Lavrov": a person, member of the state or organisation named first. */
  private titled(i: number, s: Sentence, owner: GazetteerEntry | Actor | undefined, from: number): Hit | undefined {
    const { t, registry } = this;
    if (i > s.last) return undefined;
    const titleEnd = matchTitle(t, i, s.last);
    if (titleEnd < 0) return undefined;
    let nameStart = titleEnd + 1;
    // "head of safeguards, Ingrid Holm": a post's lower-case complement, closed by the comma before the name
    if (nameStart < s.last && t.lower[nameStart] === 'of') {
      let k = nameStart + 1;
      while (k <= s.last && k < nameStart + 5 && !isCapitalised(t.value[k] as string) && t.value[k] !== ',') k++;
      if (t.value[k] === ',' && k > nameStart + 1) nameStart = k;
    }
    if (nameStart <= s.last && t.value[nameStart] === ',') nameStart++;
    // "spokesman Commodore Rafael Dizon", "Army spokesman Brig. Gen. Nabil Osman": a rank after the post
    for (let more = 0; more < 2 && nameStart <= s.last && isCapitalised(t.value[nameStart] as string); more++) {
      const rankEnd = matchTitle(t, nameStart, s.last);
      if (rankEnd < 0 || rankEnd >= s.last || !isCapitalised(t.value[rankEnd + 1] as string)) break;
      nameStart = rankEnd + 1;
    }
    if (nameStart > s.last || !isCapitalised(t.value[nameStart] as string)) return undefined;
    if (this.gazetteerAt(nameStart, s.last)) return undefined;
    const nameEnd = matchPersonName(t, nameStart, s.last, s.first);
    if (nameEnd < 0) return undefined;
    const full = this.surface(nameStart, nameEnd);
    const memberOf = owner ? ('fromGazetteer' in owner ? owner.id : registry.known(owner).id) : undefined;
    const actor = registry.named(full, 'person', full, memberOf ? { memberOf } : {});
    registry.alias(actor, this.surface(from, nameEnd));
    this.rememberSurname(actor, nameStart, nameEnd);
    return { last: nameEnd, actor, via: 'title' };
  }

  private rememberSurname(actor: Actor, first: number, last: number): void {
    if (last > first) this.surnames.set(this.t.value[last] as string, actor.id);
  }

  /** After a demonym: a state body ("Syrian army"), the government ("Syrian government"), a group ("Syrian rebels") or an organisation name. */
  private demonymPhrase(state: GazetteerEntry, first: number, i: number, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    const body = this.stateBody(i, s.last);
    if (body) {
      const parent = registry.known(state);
      return { last: body.last, actor: this.bodyActor(parent, body.kind, first, body.last), via: 'body' };
    }
    const gov = this.governmentWord(i, s.last);
    if (gov >= 0) return { last: gov, actor: registry.known(state, this.surface(first, gov)), via: 'name' };
    const single = i <= s.last ? PERSON_NOUNS.get(t.lower[i] as string) : undefined;
    if (single) {
      // "A British diplomat said": an unnamed person speaking for the state
      const label = this.surface(first, i);
      const actor = registry.named(label, 'person', label, { memberOf: registry.known(state).id });
      return { last: i, actor, via: 'group' };
    }
    const group = i <= s.last ? GROUP_NOUNS.get(t.lower[i] as string) : undefined;
    if (group) {
      const label = this.surface(first, i);
      const memberOf = group.kind === 'government' || group.kind === 'military' ? registry.known(state).id : undefined;
      const actor = registry.named(label, group.kind, label, { plural: group.plural, ...(memberOf ? { memberOf } : {}) });
      return { last: i, actor, via: 'group' };
    }
    if (i <= s.last && isNameToken(t, i, s.first)) return this.unknownName(first, s);
    return undefined;
  }

  /** A state body at i: "army", "foreign ministry", "state media" (longest match). */
  private stateBody(i: number, last: number): { last: number; kind: 'government' | 'military' | 'media' } | undefined {
    const { t } = this;
    if (i > last || !BODY_STARTS.has(t.lower[i] as string)) return undefined;
    const found = this.bodyPhrase(i, last);
    // "state news agency KCNA", "state media SANA": the body's own acronym follows it
    if (found && found.last < last && isAcronym(t.value[found.last + 1] as string) && !isNameToken(t, found.last + 2, -1)) found.last++;
    return found;
  }

  private bodyPhrase(i: number, last: number): { last: number; kind: 'government' | 'military' | 'media' } | undefined {
    const { t } = this;
    let phrase = '';
    let found: { last: number; kind: 'government' | 'military' | 'media' } | undefined;
    for (let j = i; j <= last && j < i + BODY_WORDS_MAX + 2; j++) {
      const lower = t.lower[j] as string;
      phrase = j === i ? lower : lower === '-' || phrase.endsWith('-') ? phrase + lower : `${phrase} ${lower}`;
      const kind = STATE_BODIES.get(phrase);
      // "army-led government": the body word is only a modifier
      if (kind && !(t.value[j + 1] === '-' && t.end[j] === t.start[j + 1])) found = { last: j, kind };
    }
    // "Japan's Ministry of Defense", "the Ministry of Foreign Affairs": the body's capitalised complement
    if (found && isCapitalised(t.value[found.last] as string) && t.lower[found.last + 1] === 'of' && found.last + 2 <= last) {
      const end = matchCapitalisedRun(t, found.last + 2, last, -1);
      if (end >= 0) found.last = end;
    }
    return found;
  }

  /** One actor per state and kind of body for armies and media (all a state's forces speak as one), one per ministry. */
  private bodyActor(state: Actor, kind: 'government' | 'military' | 'media', first: number, last: number, labelFirst = first): Actor {
    const surface = this.surface(first, last);
    const key = kind === 'government' ? `${state.id}/${surface.toLowerCase()}` : `${state.id}/${kind}`;
    const known = this.bodies.get(key);
    if (known) {
      const actor = this.registry.get(known) as Actor;
      this.registry.alias(actor, surface);
      return actor;
    }
    // "Kenya's foreign ministry" is labelled "Kenyan foreign ministry", like "the Kenyan foreign ministry"
    let label = this.surface(labelFirst, last).replace(/^(the|a|an)\s+/i, '');
    const demonym = this.registry.gazetteer.byId.get(state.id)?.demonyms?.[0];
    if (demonym && !label.includes(demonym)) label = `${demonym} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    const actor = this.registry.named(label, kind, surface, { memberOf: state.id, plural: /s$/.test(label) });
    this.bodies.set(key, actor.id);
    return actor;
  }

  /** The token after up to two adjectives or hyphenated modifiers ("army-led", "new") starting at i. */
  private pastModifiers(i: number, last: number): number {
    const { t } = this;
    let k = i;
    for (let n = 0; n < 2 && k < last; n++) {
      if (t.value[k + 1] === '-' && k + 2 <= last && t.end[k] === t.start[k + 1] && t.end[k + 1] === t.start[k + 2]) k += 3;
      else if (t.pos[k] === 'ADJ') k++;
      else break;
    }
    return k;
  }

  private governmentWord(i: number, last: number): number {
    return i <= last && GOVERNMENT_WORDS.has(this.t.lower[i] as string) ? i : -1;
  }

  /**
   * "meatpacker Frigorífico Boa Vista", "the broadcaster NOS", "environmental agency Ibama": a common noun
   * (with up to two modifiers) naming what the following name is. `from` is where the mention starts.
   */
  private described(i: number, s: Sentence, state: GazetteerEntry | undefined, from: number): Hit | undefined {
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

  /** A capitalised name unknown to the gazetteer: acronym, known surname, organisation (by head word) or person. */
  private unknownName(i: number, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    const value = t.value[i] as string;
    if (isAcronym(value) && !isNameToken(t, i + 1, s.first)) {
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
    // "Camp Aguinaldo", "Port Sudan", "Gaza Strip": places, never speakers nor referents of "he"
    if (end > i && (PLACE_FIRST_WORDS.has(t.lower[i] as string) || PLACE_LAST_WORDS.has(t.lower[end] as string)) && !ORG_HEADS.has(t.lower[end] as string)) {
      return { last: end, actor: registry.named(surface, 'other', surface), via: 'weak' };
    }
    const known = this.surnames.get(t.value[end] as string);
    if (known && end > i) {
      const actor = registry.get(known) as Actor;
      registry.alias(actor, surface);
      return { last: end, actor, via: 'name' };
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
      const person = this.surnames.get(value);
      if (person) {
        const actor = registry.get(person) as Actor;
        registry.alias(actor, value);
        return { last: i, actor, via: 'name' };
      }
      return { last: i, actor: registry.named(surface, 'other', surface), via: 'weak' };
    }
    let allProper = true;
    for (let j = i; j <= end; j++) if (t.pos[j] !== 'PROPN' || t.lower[j] === '-') allProper = t.lower[j] === '-' ? allProper : false;
    if (allProper && end - i <= 3) {
      const actor = registry.named(surface, 'person', surface);
      this.rememberSurname(actor, i, end);
      return { last: end, actor, via: 'name' };
    }
    return { last: end, actor: registry.named(surface, 'other', surface), via: 'weak' };
  }

  /** An actor mentioned earlier whose capitalised initials spell the acronym ("SOHR" ← "Syrian Observatory for Human Rights"). */
  private acronymOfKnown(acronym: string): string | undefined {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const actor = this.registry.get((this.mentions[k] as Mention).actor);
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
      if (initials === acronym) return actor.id;
    }
    return undefined;
  }

  /** "The Medicines … Agency (MHRA)": the acronym in brackets becomes an alias of the name before it. */
  private acronymAfter(hit: Hit, s: Sentence): Mention | undefined {
    const { t } = this;
    const open = hit.last + 1;
    if (open + 2 > s.last || t.value[open] !== '(' || t.value[open + 2] !== ')') return undefined;
    const value = t.value[open + 1] as string;
    if (!isAcronym(value)) return undefined;
    this.registry.alias(hit.actor, value);
    this.acronyms.set(letters(value), hit.actor.id);
    const mention: Mention = { first: open + 1, last: open + 1, actor: hit.actor.id, via: 'name' };
    this.mentions.push(mention);
    return mention;
  }

  /** Mentions starting with a lower-case word: groups, state bodies without a demonym, definite descriptions. */
  private common(i: number, s: Sentence): Hit | undefined {
    const { t } = this;
    const lower = t.lower[i] as string;
    const det = lower === 'the' || lower === 'a' || lower === 'an';
    const head = det ? i + 1 : i;
    if (head > s.last) return undefined;
    if (!TRIGGERS.has(t.lower[head] as string) && !DESCRIPTORS.has(t.lower[head + 1] ?? '') && !DESCRIPTORS.has(t.lower[head + 2] ?? '')) return undefined;
    const body = this.stateBody(head, s.last);
    if (body && (det || body.last > head || t.lower[head] === 'state')) {
      const description = t.lower[body.last] as string;
      const earlier = this.coref.description(description, i, body.kind);
      if (earlier) return { last: body.last, actor: earlier, via: 'description' };
      const home = this.homeState();
      if (home) return { last: body.last, actor: this.bodyActor(home, body.kind, head, body.last), via: 'body' };
      // no state named yet: the body stands alone ("state media")
      const surface = this.surface(head, body.last);
      return { last: body.last, actor: this.registry.named(surface.toLowerCase(), body.kind, surface), via: 'body' };
    }
    const headLower = t.lower[head] as string;
    const titled = this.titled(head, s, undefined, i);
    if (titled) return titled;
    // "a company spokesman, Joost Verbeek", "the agency's head of safeguards, Ingrid Holm": the person speaks for the actor described
    if (det && DESCRIPTIONS.has(headLower) && head < s.last) {
      const post = POSSESSIVE_MARKS.has(t.lower[head + 1] as string) ? head + 2 : head + 1;
      if (post <= s.last && matchTitle(t, post, s.last) >= 0) {
        const owner = this.coref.description(headLower, i);
        const person = this.titled(post, s, owner, i);
        if (person) return person;
        // "a company spokesman said", unnamed: the company speaks (and "the spokesman" later finds it by this alias)
        if (owner && post <= s.last && PERSON_NOUNS.has(t.lower[post] as string) && !isNameToken(t, post + 1, s.first)) {
          this.registry.alias(owner, this.surface(i, post));
          return { last: post, actor: owner, via: 'description' };
        }
      }
    }
    const described = this.described(head, s, undefined, i);
    if (described) return described;
    if (det && GOVERNMENT_WORDS.has(headLower)) {
      const actor = this.coref.government(i) ?? this.homeState();
      return actor ? { last: head, actor, via: 'description' } : undefined;
    }
    // "rebel groups", "rebel fighters": the noun-adjunct form of a group noun
    if (head < s.last && GROUP_NOUNS.has(`${headLower}s`) && /^(groups|fighters|forces|commanders)$/.test(t.lower[head + 1] as string)) {
      return this.group(`${headLower}s`, i, head + 1);
    }
    if (GROUP_NOUNS.has(headLower)) return this.group(headLower, i, head);
    if (det && lower === 'the' && DESCRIPTIONS.has(headLower) && t.pos[head + 1] !== 'NOUN') {
      const actor = this.coref.description(headLower, i);
      if (actor) return { last: head, actor, via: 'description' };
      // "The union said …" with no union named before (a lead written around its source): the union itself
      const kind = (DESCRIPTIONS.get(headLower) as readonly ActorKind[])[0] as ActorKind;
      if (kind === 'person' || kind === 'state' || isCapitalised(t.value[head] as string)) return undefined;
      return { last: head, actor: this.registry.named(headLower, kind, this.surface(i, head)), via: 'name' };
    }
    return undefined;
  }

  /** A group noun: the group mentioned before under the same noun ("the rebels" → "Syrian rebels"), else a new one. */
  private group(noun: string, first: number, last: number): Hit {
    const earlier = this.coref.groupByNoun(noun, first);
    if (earlier) {
      this.registry.alias(earlier, this.surface(first, last));
      return { last, actor: earlier, via: 'group' };
    }
    const info = GROUP_NOUNS.get(noun) as { kind: ActorKind; plural: boolean };
    const surface = this.surface(first, last);
    const actor = this.registry.named(noun, info.kind, surface, { plural: info.plural });
    return { last, actor, via: 'group' };
  }

  surface(first: number, last: number): string {
    return this.t.text.slice(this.t.start[first], this.t.end[last]);
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit (so a name is not matched inside a longer word); curly quotes and dashes are not. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
