// "Angela Smith, a lawyer for the family," / "said Ana Duarte, the foreign minister.": the post an
// apposition gives a person just named (lower-case, naming a person noun or title), so a later "the
// lawyer" or "the minister" finds this person rather than whoever was named last.
import type { Sentence } from '../../nlp/tokens.ts';
import { ARTICLES } from '../../lexicon/grammar.ts';
import { PERSON_NOUNS } from '../../lexicon/nouns.ts';
import { TITLE_SET } from '../../lexicon/titles.ts';
import type { DocContext } from '../document.ts';
import type { Hit } from './query.ts';

export function appositionPost(doc: DocContext, hit: Hit, s: Sentence): string | undefined {
  const { t } = doc;
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
  return hasPost && (t.value[k] === ',' || k >= s.last) ? doc.surface(open + 1, k - 1) : undefined;
}
