// A mention's role in its clause, read from the tokens around it: a possessor ("Berg's lawyer"),
// an object (after a verb or a preposition: "thanked Berg", "the voice of Berg", or coordinated with
// such an object: "thanked Berg and Lind"), else a subject.
// Pronouns prefer subjects and speakers as referents (./resolve/pronoun).
import type { TokenTable } from '../nlp/tokens.ts';
import { AFFILIATION_ADJECTIVES } from '../lexicon/affiliations.ts';
import type { MentionRole } from './resolve/candidates.ts';

/** Articles and modifiers between a mention and the verb or preposition it is the object of. */
const MAX_MODIFIERS = 3;

const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

export function mentionRole(t: TokenTable, first: number, last: number, sentenceFirst: number): MentionRole {
  if (POSSESSIVE.has(t.lower[last + 1] ?? '') && (t.lower[last + 1]?.length === 2 || /s$/.test(t.lower[last] ?? '')))
    return 'possessor';
  let before = first - 1;
  // ("for the GOP nominee Ana Okafor", "with former President Lind": past articles and modifiers)
  for (let skipped = 0; skipped < MAX_MODIFIERS && before >= sentenceFirst; skipped++, before--) {
    const pos = t.pos[before];
    if (pos !== 'DET' && pos !== 'ADJ' && !AFFILIATION_ADJECTIVES.has(t.value[before] as string)) break;
  }
  if (before < sentenceFirst) return 'subject';
  const pos = t.pos[before];
  if (pos === 'CCONJ') {
    // "loyalists to Biden and Ana Okafor": a name coordinated with the one before shares its role
    let k = before - 1;
    while (k >= sentenceFirst && t.pos[k] === 'PROPN') k--;
    if (k < before - 1 && k >= sentenceFirst) {
      const role = mentionRole(t, k + 1, before - 1, sentenceFirst);
      return role === 'possessor' ? 'subject' : role;
    }
  }
  return pos === 'ADP' || pos === 'VERB' ? 'object' : 'subject';
}

/** Lower-case words of a post that may stand between a name and the person holding it ("senior communications adviser"). */
const MAX_POST_WORDS = 4;

/**
 * "Okafor adviser Jason Miller", "Okafor senior communications adviser Jason Miller": a name right
 * before a post and a person's name only says whose post it is, as "Okafor's adviser" would, so it is
 * a possessor, not the subject of the clause. `prevLast` ends the name before; the person's mention
 * starts at `first` (at the post itself when a title rule took it in: "adviser Jason Miller").
 */
export function possessesPost(t: TokenTable, prevLast: number, first: number): boolean {
  const between = first - prevLast - 1;
  if (between < 0 || between > MAX_POST_WORDS) return false;
  for (let k = prevLast + 1; k < first; k++) {
    const pos = t.pos[k];
    if ((pos !== 'NOUN' && pos !== 'ADJ') || /\P{Ll}/u.test((t.value[k] as string).charAt(0))) return false;
  }
  // the person's mention opens with its post ("adviser Jason Miller"), or a post noun stands just before it
  return between === 0 ? /^\p{Ll}/u.test(t.value[first] as string) : t.pos[first - 1] === 'NOUN';
}
