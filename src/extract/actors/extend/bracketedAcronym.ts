// "The Medicines … Agency (MHRA)": the acronym in brackets after a mention is another mention of
// the same actor, and the document knows the actor by it from then on.
import type { Sentence } from '../../nlp/tokens.ts';
import type { DocContext } from '../document.ts';
import { isAcronym } from '../names.ts';
import type { Hit } from './query.ts';

/** The acronym's token, or -1. */
export function bracketedAcronymAfter(doc: DocContext, hit: Hit, s: Sentence): number {
  const { t } = doc;
  const open = hit.last + 1;
  if (open + 2 > s.last || t.value[open] !== '(' || t.value[open + 2] !== ')') return -1;
  return isAcronym(t.value[open + 1] as string) ? open + 1 : -1;
}
