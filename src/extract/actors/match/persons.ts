// Persons in the tokens: titled ("Russian Foreign Minister Sergey Lavrov", "Coast Guard spokesman
// Commodore Rafael Dizon", "the agency's head of safeguards, Ingrid Holm", "Mr. Okafor"), unnamed
// sources ("a senior U.S. official", "the EU's top diplomat") and what a possessive pronoun's
// owner has ("its spokesman", "his lawyer"), each a member of the state or organisation they
// speak for when one is named.
import type { Sentence } from '../../nlp/tokens.ts';
import { AFFILIATES, PERSON_NOUNS, SPOKESMEN } from '../../lexicon/nouns.ts';
import type { DocContext } from '../document.ts';
import { existing, known, type ActorRef, type Found } from '../found.ts';
import type { GazetteerEntry } from '../gazetteer.ts';
import { genderEvidence } from '../gender.ts';
import { isCapitalised, isNameToken, matchPersonName, matchTitle } from '../names.ts';
import type { Actor } from '../registry.ts';

/** "[Russian|US] [Foreign Minister|Secretary of State][,] Sergey Lavrov" at i: a person, member of `owner` when given; the mention starts at `from`. */
export function titled(
  doc: DocContext,
  i: number,
  s: Sentence,
  owner: ActorRef | undefined,
  from: number,
): Found | undefined {
  const { t } = doc;
  if (i > s.last) return undefined;
  const titleEnd = matchTitle(t, i, s.last);
  if (titleEnd < 0) return undefined;
  let nameStart = titleEnd + 1;
  // "the Rev. Ana Lind": the dot of an abbreviated title the tokenizer set apart
  if (t.value[nameStart] === '.' && t.start[nameStart] === t.end[titleEnd]) nameStart++;
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
  if (doc.gazetteerAt(nameStart, s.last)) return undefined;
  const nameEnd = matchPersonName(t, nameStart, s.last, s.first);
  if (nameEnd < 0) return undefined;
  const full = doc.surface(nameStart, nameEnd);
  const alias = doc.surface(from, nameEnd);
  // "Mr. Okafor", "Sen. Okafor": a surname the document gave in full before is that person (of the same sex)
  const holder =
    nameStart === nameEnd ? doc.surnameHolder(full, genderEvidence(t, from, nameStart - 1, '')?.gender) : undefined;
  const ref: ActorRef = holder
    ? existing(holder, alias)
    : { label: full, kind: 'person', surface: full, ...(owner ? { memberOf: owner } : {}) };
  return { last: nameEnd, ref, via: 'title', aliases: holder ? [] : [alias], fullName: [nameStart, nameEnd] };
}

/**
 * "a senior official", "a senior European diplomat", "a Hamas official" (the article at i): an unnamed
 * source, a person (member of the state or organisation among the modifiers, or of `of`). Named ones
 * ("a spokesman, X") are titles.
 */
export function unnamedPerson(doc: DocContext, i: number, s: Sentence, of?: GazetteerEntry): Found | undefined {
  const { t } = doc;
  let owner: GazetteerEntry | undefined = of;
  let k = i + 1;
  while (k <= s.last && k <= i + 4) {
    if (PERSON_NOUNS.has(t.lower[k] as string)) break;
    const gaz = isCapitalised(t.value[k] as string) ? doc.gazetteerAt(k, s.last) : undefined;
    if (gaz) {
      owner = gaz.name.entry;
      k = gaz.last + 1;
    } else if (t.pos[k] === 'ADJ' || t.pos[k] === 'PROPN' || t.pos[k] === 'NOUN') k++;
    else return undefined;
  }
  if (k > s.last || k === i + 1 || !PERSON_NOUNS.has(t.lower[k] as string)) return undefined;
  if (t.value[k + 1] === ',' && isNameToken(t, k + 2, s.first)) return undefined;
  const label = doc.surface(i + 1, k);
  return {
    last: k,
    ref: { label, kind: 'person', surface: label, ...(owner ? { memberOf: known(owner) } : {}) },
    via: 'group',
  };
}

/**
 * "Its spokesman said", "His lawyer said", "her office said": after a possessive pronoun (at `at`)
 * resolved to `owner`, a spokesman is the owner speaking (as "a company spokesman" is the company);
 * an affiliate speaks for the owner as a member of it.
 */
export function possessedBy(doc: DocContext, owner: Actor, at: number, s: Sentence): Found | undefined {
  const { t } = doc;
  if (at + 1 > s.last || (at + 2 <= s.last && isNameToken(t, at + 2, s.first))) return undefined;
  const noun = t.lower[at + 1] as string;
  if (SPOKESMEN.has(noun)) return { last: at + 1, ref: existing(owner), via: 'description' };
  const kind = AFFILIATES.get(noun);
  if (!kind) return undefined;
  const label = `${owner.label}'s ${noun}`;
  return { last: at + 1, ref: { label, kind, surface: label, memberOf: existing(owner) }, via: 'name' };
}
