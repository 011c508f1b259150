// How a reporting participle may hang on its clause besides ", saying …": through a preposition
// ("began by saying …", "after admitting …"), coordinated with a participle that does ("calling
// the plan reckless and warning that …"), or on a name right before it ("footage of Kessler
// saying …", "with Ortiz insisting …"), whose speaker that name is.
import { GERUND_PREPOSITIONS } from '../lexicon/cues.ts';
import { PLACE_PREPOSITIONS } from '../lexicon/grammar.ts';
import { SHARE_LEADS } from '../lexicon/sources.ts';
import type { Mention } from '../types.ts';
import type { Cue } from './cues.ts';
import { DASHES, type SentenceView } from './view.ts';

/** Adverbs a preposition or "and" may leave before the participle ("by quickly saying", "and then saying"). */
const MAX_ADVERBS = 2;
/** Tokens back from "and" to the participle it coordinates with. */
const COORDINATION_REACH = 30;

/** The token before `at`, past up to two adverbs. */
function beforeAdverbs(v: SentenceView, at: number): number {
  let k = at - 1;
  for (let n = 0; n < MAX_ADVERBS && k > v.first && v.pos(k) === 'ADV'; n++) k--;
  return k;
}

/** "by saying", "after quickly admitting": a gerund after a preposition tying it to the main clause. */
export function afterGerundPreposition(v: SentenceView, at: number): boolean {
  const k = beforeAdverbs(v, at);
  return k >= v.first && GERUND_PREPOSITIONS.has(v.lower(k)) && !v.insideQuote(k);
}

/** An -ing verb set off by a comma or a dash, or after a gerund preposition: a participle of the main clause. */
function attachedParticiple(v: SentenceView, i: number): boolean {
  if (v.pos(i) !== 'VERB' || !/ing$/.test(v.lower(i))) return false;
  const k = beforeAdverbs(v, i);
  return v.value(k) === ',' || DASHES.has(v.value(k)) || afterGerundPreposition(v, i);
}

/**
 * "…, calling the plan reckless and warning that …": after "and", a participle coordinated with an
 * attached participle earlier in the same clause (no semicolon, finite verb or quotation between).
 */
export function coordinatedParticiple(v: SentenceView, at: number): boolean {
  const and = beforeAdverbs(v, at);
  if (v.lower(and) !== 'and') return false;
  for (let k = and - 1; k >= v.first && and - k <= COORDINATION_REACH; k--) {
    const value = v.value(k);
    if (value === ';' || value === ':' || v.isQuote(k) || v.pos(k) === 'AUX') return false;
    if (attachedParticiple(v, k)) return true;
    if (v.pos(k) === 'VERB' && !/(ing|ed|en)$/.test(v.lower(k))) return false;
  }
  return false;
}

/** Words (an article, a title and its modifiers: "the", "former Maryland Gov.") a name's phrase may open with. */
const MAX_NAME_MODIFIERS = 4;
const NAME_MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN']);

/**
 * "footage of Kessler saying …", "with Ortiz insisting …", "with Ortiz again insisting …": a name
 * (not a pronoun or a weak guess) right before the participle, or before an adverb or two ahead of
 * it, itself the object of a preposition or verb: the name speaks.
 */
export function mentionBeforeParticiple(v: SentenceView, cue: Cue): Mention | undefined {
  if (cue.first !== cue.verb) return undefined;
  const m = v.mentionEndingAt(beforeAdverbs(v, cue.first));
  if (!m || m.via === 'weak' || m.via === 'pronoun' || m.first <= v.first) return undefined;
  // (not a place: "officials in Harlow saying …")
  if (PLACE_PREPOSITIONS.has(v.lower(m.first - 1))) return undefined;
  // ("with about three in 10 saying …", "with former Mayor Ana Ruiz calling …", "with the Harlow union
  // saying …": a share's lead words, an article or a title's modifiers stand before the name)
  let k = m.first - 1;
  while (k > v.first && SHARE_LEADS.has(v.lower(k)) && v.pos(k) !== 'CCONJ' && v.pos(k) !== 'SCONJ') k--;
  for (let n = 0; n < MAX_NAME_MODIFIERS && k > v.first && NAME_MODIFIER_POS.has(v.pos(k)); n++) k--;
  const before = v.pos(k);
  return before === 'ADP' || before === 'VERB' ? m : undefined;
}

/** Tokens a fronted participle clause may run before the comma that ends it. */
const FRONTED_REACH = 45;

/**
 * "Noting that Y, X added …", "After saying Y, the mayor left", "While insisting that Y, she …":
 * a participle opening the sentence (alone or after a gerund preposition), whose clause ends at a
 * comma followed by the main clause's subject. Returns that comma and the subject, or undefined.
 */
export function frontedParticiple(
  v: SentenceView,
  cue: Cue,
  start: number,
): { comma: number; subject: Mention } | undefined {
  const opener = afterGerundPreposition(v, cue.first) ? beforeAdverbs(v, cue.first) : cue.first;
  if (opener !== start && !(opener === start + 1 && v.lower(start) === 'but')) return undefined;
  for (let k = cue.last + 1; k <= v.last && k - cue.last <= FRONTED_REACH; k++) {
    const value = v.value(k);
    if (value === ';' || value === ':' || value === '.' || value === '?' || value === '!') return undefined;
    if (value !== ',' || v.insideQuote(k)) continue;
    const at = /^(the|a|an)$/.test(v.lower(k + 1)) ? k + 2 : k + 1;
    const subject = v.mentionStartingAt(at) ?? (at === k + 2 ? v.mentionStartingAt(k + 1) : undefined);
    if (!subject || subject.via === 'weak') continue;
    // the subject is followed by the main verb (its auxiliaries or adverbs first)
    let n = subject.last + 1;
    while (n <= v.last && v.pos(n) === 'ADV') n++;
    if (v.pos(n) === 'VERB' || v.pos(n) === 'AUX') return { comma: k, subject };
  }
  return undefined;
}
