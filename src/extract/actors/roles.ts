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
