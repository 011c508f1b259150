// People as mentions: titled persons ("Russian Foreign Minister Sergey Lavrov", "Coast Guard
// spokesman Commodore Rafael Dizon", "the agency's head of safeguards, Ingrid Holm"), unnamed
// sources ("a senior U.S. official", "the EU's top diplomat") and a named actor's affiliates
// ("Okafor's campaign"), each a member of the state or organisation they speak for when named.
import type { Sentence } from '../nlp/tokens.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { Actor } from './registry.ts';
import { isCapitalised, isNameToken, matchCapitalisedRun, matchPersonName, matchTitle } from './names.ts';
import { AFFILIATES } from '../lexicon/nouns.ts';
import { TITLE_SET } from '../lexicon/titles.ts';
import type { Hit } from './nameMatcher.ts';
import { UnknownNames } from './unknownNames.ts';
import { genderEvidence } from './gender.ts';

/** Unnamed people who speak for their state or organisation ("a British diplomat", "a senior official"). */
export const PERSON_NOUNS: ReadonlyMap<string, true> = new Map(
  [
    'diplomat',
    'official',
    'source',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'envoy',
    'negotiator',
    'officer',
    'commander',
    'minister',
    'lawmaker',
    'senator',
    'adviser',
    'advisor',
    'analyst',
    'expert',
    'witness',
    'resident',
    'doctor',
    'leader',
    'chief',
    'chairman',
    'chairwoman',
    'director',
    'founder',
    'lawyer',
    'attorney',
  ].map((w) => [w, true]),
);
const SPOKESMEN: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);

/** Heads after an organisation's possessive that name the organisation acting as a whole. */
const SELF_HEADS: ReadonlySet<string> = new Set(['management', 'leadership', 'board', 'executives', 'directors']);

export class People extends UnknownNames {
  /** "[Russian|US] [Foreign Minister|Secretary of State][,] Sergey Lavrov": a person, member of the state or organisation named first. */
  protected titled(i: number, s: Sentence, owner: GazetteerEntry | Actor | undefined, from: number): Hit | undefined {
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
    // "Mr. Okafor", "Sen. Okafor": a surname the document gave in full before is that person (of the same sex)
    const holder =
      nameStart === nameEnd ? this.surnameHolder(full, genderEvidence(t, from, nameStart - 1, '')?.gender) : undefined;
    const memberOf = owner ? ('fromGazetteer' in owner ? owner.id : registry.known(owner).id) : undefined;
    const actor = holder ?? registry.named(full, 'person', full, memberOf ? { memberOf } : {});
    registry.alias(actor, this.surface(from, nameEnd));
    this.rememberSurname(actor, nameStart, nameEnd);
    return { last: nameEnd, actor, via: 'title' };
  }

  /**
   * "a senior official", "a senior European diplomat", "a Hamas official": an unnamed source, a person
   * (member of the state or organisation among the modifiers). Named ones ("a spokesman, X") are titles.
   */
  protected unnamedPerson(i: number, s: Sentence, of?: GazetteerEntry): Hit | undefined {
    const { t, registry } = this;
    let owner: GazetteerEntry | undefined = of;
    let k = i + 1;
    while (k <= s.last && k <= i + 4) {
      if (PERSON_NOUNS.has(t.lower[k] as string)) break;
      const gaz = isCapitalised(t.value[k] as string) ? this.gazetteerAt(k, s.last) : undefined;
      if (gaz) {
        owner = gaz.name.entry;
        k = gaz.last + 1;
      } else if (t.pos[k] === 'ADJ' || t.pos[k] === 'PROPN' || t.pos[k] === 'NOUN') k++;
      else return undefined;
    }
    if (k > s.last || k === i + 1 || !PERSON_NOUNS.has(t.lower[k] as string)) return undefined;
    if (t.value[k + 1] === ',' && isNameToken(t, k + 2, s.first)) return undefined;
    const label = this.surface(i + 1, k);
    const actor = registry.named(label, 'person', label, owner ? { memberOf: registry.known(owner).id } : {});
    return { last: k, actor, via: 'group' };
  }

  /**
   * "Angela Smith, a lawyer for the family," / "said Ana Duarte, the foreign minister.": the post an
   * apposition gives a person just named (lower-case, naming a person noun), so a later "the lawyer"
   * or "the minister" finds this person rather than whoever was named last.
   */
  protected appositionPost(hit: Hit, s: Sentence): string | undefined {
    const { t } = this;
    const open = hit.last + 1;
    if (
      hit.actor.kind !== 'person' ||
      open + 2 > s.last ||
      t.value[open] !== ',' ||
      !ARTICLES.has(t.lower[open + 1] as string)
    )
      return undefined;
    let hasPost = false;
    let k = open + 2;
    for (; k <= s.last && k <= open + 10 && t.value[k] !== ',' && t.pos[k] !== 'PUNCT'; k++) {
      if (PERSON_NOUNS.has(t.lower[k] as string) || TITLE_SET.has(t.lower[k] as string)) hasPost = true;
    }
    // closed by a comma or the sentence's end ('said Angela Smith, the mayor of Lagos.')
    return hasPost && (t.value[k] === ',' || k >= s.last) ? this.surface(open + 1, k - 1) : undefined;
  }

  /**
   * "Gov. Terry Branstad of Iowa said", "Ana Duarte of the Harlow Institute said": the place or
   * organisation a person is "of" belongs to the person's mention, so the cue after it still finds
   * the person. Returns the mention's new end.
   */
  protected homeAfter(hit: Hit, s: Sentence): number {
    const { t } = this;
    if (hit.actor.kind !== 'person' || (hit.via !== 'title' && hit.via !== 'name')) return hit.last;
    if (t.lower[hit.last + 1] !== 'of') return hit.last;
    const from = t.lower[hit.last + 2] === 'the' ? hit.last + 3 : hit.last + 2;
    if (from > s.last || !isCapitalised(t.value[from] as string)) return hit.last;
    const place = this.gazetteerAt(from, s.last);
    const end = place ? place.last : matchCapitalisedRun(t, from, s.last, s.first);
    return end >= 0 && end - from < 6 ? end : hit.last;
  }

  /**
   * "officials familiar with the talks said", "a diplomat close to the negotiations said": the
   * modifier belongs to the unnamed source, so the cue after it still finds the source. Returns the
   * mention's new end (unchanged unless a verb closes the modifier within a few words).
   */
  protected modifierAfter(hit: Hit, s: Sentence): number {
    const { t } = this;
    const first = t.lower[hit.last + 1] ?? '';
    const second = t.lower[hit.last + 2] ?? '';
    if (!(
      (first === 'familiar' && second === 'with') ||
      (first === 'close' && second === 'to') ||
      (first === 'with' && second === 'knowledge') ||
      (first === 'briefed' && second === 'on')
    ))
      return hit.last;
    for (let k = hit.last + 3; k <= s.last && k <= hit.last + 10; k++) {
      if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX') return k - 1;
      if (t.pos[k] === 'PUNCT' && t.value[k] !== ',') return hit.last;
    }
    return hit.last;
  }

  /**
   * "Its spokesman said", "His lawyer said", "her office said": after a possessive pronoun resolved to
   * `owner`, a spokesman is the owner speaking (as "a company spokesman" is the company); an affiliate
   * speaks for the owner as a member of it. `at` is the pronoun.
   */
  protected possessedBy(owner: Actor, at: number, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    if (at + 1 > s.last || (at + 2 <= s.last && isNameToken(t, at + 2, s.first))) return undefined;
    const noun = t.lower[at + 1] as string;
    if (SPOKESMEN.has(noun)) return { last: at + 1, actor: owner, via: 'description' };
    const kind = AFFILIATES.get(noun);
    if (!kind) return undefined;
    const label = `${owner.label}'s ${noun}`;
    return { last: at + 1, actor: registry.named(label, kind, label, { memberOf: owner.id }), via: 'name' };
  }

  /** "Okafor's campaign", "Greenpeace's lawyers": a named actor's affiliate speaks for it (a member of it), not as it. */
  protected affiliateAfter(first: number, hit: Hit, s: Sentence): Hit | undefined {
    const { t, registry } = this;
    if (hit.via === 'pronoun' || hit.via === 'description' || hit.actor.kind === 'state') return undefined;
    if (hit.last + 2 > s.last || !POSSESSIVE_MARKS.has(t.lower[hit.last + 1] as string)) return undefined;
    // "the company's management", "the group's leadership": the organisation itself speaking
    if (hit.actor.kind !== 'person' && hit.via !== 'weak' && SELF_HEADS.has(t.lower[hit.last + 2] as string)) {
      registry.alias(hit.actor, this.surface(first, hit.last + 2));
      return { last: hit.last + 2, actor: hit.actor, via: hit.via };
    }
    const kind = AFFILIATES.get(t.lower[hit.last + 2] as string);
    if (!kind) return undefined;
    const label = this.surface(first, hit.last + 2);
    const memberOf = hit.via === 'weak' ? undefined : hit.actor.id;
    const actor = registry.named(label, kind, label, memberOf ? { memberOf } : {});
    return { last: hit.last + 2, actor, via: 'name' };
  }
}
