// A state's bodies as mentions: "army", "foreign ministry", "state news agency KCNA", "Japan's
// Ministry of Defense", "the Russian embassy in London". One actor per state and kind of body for
// armies and media (all a state's forces speak as one), one per ministry, each a member of its
// state and labelled with the state's demonym.
import type { Sentence } from '../nlp/tokens.ts';
import { isAcronym, isCapitalised, isNameToken, matchCapitalisedRun } from './names.ts';
import type { Actor } from './registry.ts';
import { GOVERNMENT_WORDS, STATE_BODIES } from '../lexicon/nouns.ts';
import { NameMatcher, type Hit } from './nameMatcher.ts';

const BODY_WORDS_MAX = 3;
/** Offices seated in a foreign city ("embassy in London"). */
export const SEATS: ReadonlySet<string> = new Set(['embassy', 'consulate', 'mission', 'delegation']);
/** First tokens of state-body phrases ("foreign" of "foreign ministry", "co" of "co-operation agency"): the body matcher's gate. */
const BODY_STARTS: ReadonlySet<string> = new Set(
  [...STATE_BODIES.keys()].flatMap((phrase) => [phrase.split(' ')[0] as string, phrase.split(/[\s-]/)[0] as string]),
);

/** Head words that make "<noun> <head>" a state body ("economy ministry", "tax agency"). */
const BODY_HEADS: ReadonlyMap<string, 'government' | 'military' | 'media'> = new Map([
  ['ministry', 'government'],
  ['department', 'government'],
  ['agency', 'government'],
  ['authority', 'government'],
  ['regulator', 'government'],
  ['office', 'government'],
  ['directorate', 'government'],
  ['commission', 'government'],
  ['council', 'government'],
  ['court', 'government'],
  ['committee', 'government'],
  ['bank', 'government'],
]);

/** What a territory's own government is called ("the regional government", "the local authorities"). */
const TERRITORY_GOVERNMENT: ReadonlySet<string> = new Set([...GOVERNMENT_WORDS, 'authorities', 'authority']);

export class StateBodies extends NameMatcher {
  /** state id / body → actor id of the body. */
  private readonly bodies = new Map<string, string>();

  /** "The Russian embassy in London", "the U.S. Embassy in Pristina": the host city is part of the mention, not an actor of its own. */
  protected seatAfter(hit: Hit, s: Sentence): number {
    const { t } = this;
    // a seat ("the embassy in London") or a group's place ("officials in Nairobi") belongs to the mention, never speaks
    if (
      (!SEATS.has(t.lower[hit.last] as string) && hit.via !== 'group') ||
      t.lower[hit.last + 1] !== 'in' ||
      hit.last + 2 > s.last
    )
      return hit.last;
    const place = this.gazetteerAt(hit.last + 2, s.last);
    if (place && (place.name.role === 'capital' || place.name.entry.kind === 'state')) return place.last;
    return isNameToken(t, hit.last + 2, s.first) ? matchCapitalisedRun(t, hit.last + 2, s.last, s.first) : hit.last;
  }

  /** A state body at i: "army", "foreign ministry", "state media" (longest match). */
  protected stateBody(
    i: number,
    last: number,
  ): { last: number; kind: 'government' | 'military' | 'media' } | undefined {
    const { t } = this;
    if (i > last) return undefined;
    // "economy ministry", "tax agency": any noun or adjective before a government head word
    if (!BODY_STARTS.has(t.lower[i] as string)) {
      const head = BODY_HEADS.get(t.lower[i + 1] ?? '');
      const pos = t.pos[i];
      // ("environmental agency Ibama": a name follows, the noun only introduces it)
      const named = i + 2 <= last && isNameToken(t, i + 2, -1);
      return head && i < last && !named && (pos === 'NOUN' || pos === 'ADJ') ? { last: i + 1, kind: head } : undefined;
    }
    const found = this.bodyPhrase(i, last);
    // "state news agency KCNA", "state media SANA": the body's own acronym follows it
    if (
      found &&
      found.last < last &&
      isAcronym(t.value[found.last + 1] as string) &&
      !isNameToken(t, found.last + 2, -1)
    )
      found.last++;
    return found;
  }

  protected bodyPhrase(
    i: number,
    last: number,
  ): { last: number; kind: 'government' | 'military' | 'media' } | undefined {
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
    if (
      found &&
      isCapitalised(t.value[found.last] as string) &&
      t.lower[found.last + 1] === 'of' &&
      found.last + 2 <= last
    ) {
      const end = matchCapitalisedRun(t, found.last + 2, last, -1);
      if (end >= 0) found.last = end;
    } else if (found && t.lower[found.last + 1] === 'of' && t.pos[found.last + 2] === 'NOUN') {
      // "the ministry of health", "the department of foreign affairs"
      let end = found.last + 2;
      while (
        end < last &&
        end < found.last + 5 &&
        (t.pos[end + 1] === 'NOUN' || (t.lower[end + 1] === 'and' && t.pos[end + 2] === 'NOUN'))
      )
        end++;
      found.last = end;
    }
    return found;
  }

  /** One actor per state and kind of body for armies and media (all a state's forces speak as one), one per ministry. */
  protected bodyActor(
    state: Actor,
    kind: 'government' | 'military' | 'media',
    first: number,
    last: number,
    labelFirst = first,
  ): Actor {
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
  protected pastModifiers(i: number, last: number): number {
    const { t } = this;
    let k = i;
    for (let n = 0; n < 2 && k < last; n++) {
      if (t.value[k + 1] === '-' && k + 2 <= last && t.end[k] === t.start[k + 1] && t.end[k + 1] === t.start[k + 2])
        k += 3;
      else if (t.pos[k] === 'ADJ') k++;
      else break;
    }
    return k;
  }

  /**
   * "Gaza's health ministry", "Crimea's Russian-installed authorities", "the Kurdish regional
   * government": the body of a territory or people the gazetteer does not list as a state speaks
   * for itself, never for the document's home state.
   */
  protected territoryBody(i: number, s: Sentence): Hit | undefined {
    const { t } = this;
    const place = matchCapitalisedRun(t, i, s.last, s.first);
    // "Okafor's office" is a person's staff (an affiliate), not a territory's body
    if (place < 0 || place >= s.last || this.isPersonName(place)) return undefined;
    const from = /^['’]s$/.test(t.value[place + 1] as string) ? place + 2 : place + 1;
    const body = this.stateBody(from, s.last);
    const gov = body ? -1 : this.pastModifiers(from, s.last);
    const last = body ? body.last : TERRITORY_GOVERNMENT.has(t.lower[gov] ?? '') && gov <= s.last ? gov : -1;
    if (last < 0 || t.lower[last] === 'office') return undefined;
    const label = `${this.surface(i, place)} ${this.surface(from, last)}`;
    return { last, actor: this.registry.named(label, body?.kind ?? 'government', this.surface(i, last)), via: 'body' };
  }

  /** "Japan, whose foreign ministry …": the state named right before "whose" at i - 1. */
  protected whoseState(i: number): Actor | undefined {
    if (this.t.lower[i - 1] !== 'whose' || this.t.value[i - 2] !== ',') return undefined;
    const before = this.mentions[this.mentions.length - 1];
    const actor = before && before.last === i - 3 ? this.registry.get(before.actor) : undefined;
    return actor?.kind === 'state' ? actor : undefined;
  }

  /** Overridden where surnames are known. */
  protected isPersonName(_last: number): boolean {
    return false;
  }

  protected governmentWord(i: number, last: number): number {
    return i <= last && GOVERNMENT_WORDS.has(this.t.lower[i] as string) ? i : -1;
  }
}
