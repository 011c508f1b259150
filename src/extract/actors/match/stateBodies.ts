// A state's bodies in the tokens: "army", "foreign ministry", "state news agency KCNA", "Japan's
// Ministry of Defense", "economy ministry"; the government word after a name ("Syrian
// government"); and the one actor a document keeps per state and kind of body (all a state's
// forces speak as one; one per ministry), labelled with the state's demonym.
import type { Sentence } from '../../nlp/tokens.ts';
import { BODY_HEADS, GOVERNMENT_WORDS, STATE_BODIES, TERRITORY_GOVERNMENT } from '../../lexicon/nouns.ts';
import type { DocContext } from '../document.ts';
import { existing, refId, type ActorRef, type Found } from '../found.ts';
import { isAcronym, isNameToken, isCapitalised, matchCapitalisedRun } from '../names.ts';

export type BodyKind = 'government' | 'military' | 'media';

const BODY_WORDS_MAX = 3;
/** First tokens of state-body phrases ("foreign" of "foreign ministry", "co" of "co-operation agency"): the body matcher's gate. */
const BODY_STARTS: ReadonlySet<string> = new Set(
  [...STATE_BODIES.keys()].flatMap((phrase) => [phrase.split(' ')[0] as string, phrase.split(/[\s-]/)[0] as string]),
);

/** A state body at i: "army", "foreign ministry", "state media" (longest match). */
export function stateBody(doc: DocContext, i: number, last: number): { last: number; kind: BodyKind } | undefined {
  const { t } = doc;
  if (i > last) return undefined;
  // "economy ministry", "tax agency": any noun or adjective before a government head word
  if (!BODY_STARTS.has(t.lower[i] as string)) {
    const head = BODY_HEADS.get(t.lower[i + 1] ?? '');
    const pos = t.pos[i];
    // ("environmental agency Ibama": a name follows, the noun only introduces it)
    const named = i + 2 <= last && isNameToken(t, i + 2, -1);
    return head && i < last && !named && (pos === 'NOUN' || pos === 'ADJ') ? { last: i + 1, kind: head } : undefined;
  }
  const found = bodyPhrase(doc, i, last);
  // "state news agency KCNA", "state media SANA": the body's own acronym follows it
  if (found && found.last < last && isAcronym(t.value[found.last + 1] as string) && !isNameToken(t, found.last + 2, -1))
    found.last++;
  return found;
}

function bodyPhrase(doc: DocContext, i: number, last: number): { last: number; kind: BodyKind } | undefined {
  const { t } = doc;
  let phrase = '';
  let found: { last: number; kind: BodyKind } | undefined;
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

/**
 * The body of `state` mentioned as tokens first..last: the one the document already has under its
 * key, else a new one labelled with the state's demonym ("Kenya's foreign ministry" → "Kenyan
 * foreign ministry"), from `labelFirst`.
 */
export function bodyRef(
  doc: DocContext,
  state: ActorRef,
  kind: BodyKind,
  first: number,
  last: number,
  labelFirst = first,
): ActorRef {
  const stateId = refId(state) as string;
  const surface = doc.surface(first, last);
  const key = kind === 'government' ? `${stateId}/${surface.toLowerCase()}` : `${stateId}/${kind}`;
  const made = doc.body(key);
  if (made) return existing(made, surface);
  let label = doc.surface(labelFirst, last).replace(/^(the|a|an)\s+/i, '');
  const demonym = doc.registry.gazetteer.byId.get(stateId)?.demonyms?.[0];
  if (demonym && !label.includes(demonym)) label = `${demonym} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  return { label, kind, surface, memberOf: state, plural: /s$/.test(label), bodyKey: key };
}

/** The token after up to two adjectives or hyphenated modifiers ("army-led", "new") starting at i. */
export function pastModifiers(doc: DocContext, i: number, last: number): number {
  const { t } = doc;
  let k = i;
  for (let n = 0; n < 2 && k < last; n++) {
    if (t.value[k + 1] === '-' && k + 2 <= last && t.end[k] === t.start[k + 1] && t.end[k + 1] === t.start[k + 2])
      k += 3;
    else if (t.pos[k] === 'ADJ') k++;
    else break;
  }
  return k;
}

/** The government word at i ("government", "administration"), or -1. */
export function governmentWord(doc: DocContext, i: number, last: number): number {
  return i <= last && GOVERNMENT_WORDS.has(doc.t.lower[i] as string) ? i : -1;
}

/**
 * "Gaza's health ministry", "Crimea's Russian-installed authorities", "the Kurdish regional
 * government": the body of a territory or people the gazetteer does not list as a state speaks for
 * itself, never for the document's home state.
 */
export function territoryBody(doc: DocContext, i: number, s: Sentence): Found | undefined {
  const { t } = doc;
  const place = matchCapitalisedRun(t, i, s.last, s.first);
  // "Okafor's office" is a person's staff (an affiliate), not a territory's body
  if (place < 0 || place >= s.last || doc.isSurname(t.value[place] as string)) return undefined;
  const from = /^['’]s$/.test(t.value[place + 1] as string) ? place + 2 : place + 1;
  const body = stateBody(doc, from, s.last);
  const gov = body ? -1 : pastModifiers(doc, from, s.last);
  const last = body ? body.last : TERRITORY_GOVERNMENT.has(t.lower[gov] ?? '') && gov <= s.last ? gov : -1;
  if (last < 0 || t.lower[last] === 'office') return undefined;
  const label = `${doc.surface(i, place)} ${doc.surface(from, last)}`;
  return { last, ref: { label, kind: body?.kind ?? 'government', surface: doc.surface(i, last) }, via: 'body' };
}
