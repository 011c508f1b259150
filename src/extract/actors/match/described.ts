// "meatpacker Frigorífico Boa Vista", "the broadcaster NOS", "environmental agency Ibama": a common
// noun (with up to two modifiers) saying what the name after it is.
import type { Sentence } from '../../nlp/tokens.ts';
import { DESCRIPTORS } from '../../lexicon/titles.ts';
import type { DocContext } from '../document.ts';
import { known, type Found } from '../found.ts';
import type { GazetteerEntry } from '../gazetteer.ts';
import { isAcronym, isCapitalised, isNameToken, matchCapitalisedRun } from '../names.ts';

/** The name introduced by a descriptor noun at or after i (the mention starting at `from`); a member of `state` when a state's agency or media. */
export function described(
  doc: DocContext,
  i: number,
  s: Sentence,
  state: GazetteerEntry | undefined,
  from: number,
): Found | undefined {
  const { t } = doc;
  for (let j = i; j <= s.last && j < i + 3; j++) {
    const lower = t.lower[j] as string;
    if (isCapitalised(t.value[j] as string)) return undefined;
    const kind = DESCRIPTORS.get(lower);
    if (!kind || j + 1 > s.last || !isNameToken(t, j + 1, s.first)) {
      if (t.pos[j] === 'NOUN' || t.pos[j] === 'ADJ') continue;
      return undefined;
    }
    const gaz = doc.gazetteerAt(j + 1, s.last);
    if (gaz && gaz.name.role !== 'demonym')
      return { last: gaz.last, ref: known(gaz.name.entry, doc.surface(from, gaz.last)), via: 'name' };
    if (isAcronym(t.value[j + 1] as string) || doc.isSurname(t.value[j + 1] as string)) return undefined;
    const end = matchCapitalisedRun(t, j + 1, s.last, s.first);
    if (end < 0) return undefined;
    const name = doc.surface(j + 1, end);
    const memberOf = state && (kind === 'government' || kind === 'media') ? known(state) : undefined;
    return {
      last: end,
      ref: { label: name, kind, surface: name, ...(memberOf ? { memberOf } : {}) },
      via: 'name',
      aliases: [doc.surface(from, end)],
      fullName: [j + 1, end],
    };
  }
  return undefined;
}
