// "Gov. Terry Branstad of Iowa said", "Ana Duarte of the Harlow Institute said": the place or
// organisation a person is "of" belongs to the person's mention, so the cue after it still finds
// the person.
import { existing } from '../found.ts';
import { isCapitalised, matchCapitalisedRun } from '../names.ts';
import type { ExtensionRule } from './query.ts';

export const home: ExtensionRule = {
  name: 'home',
  description: 'a place or organisation a person is "of"',
  examples: [
    { text: 'Gov. Terry E. Branstad of Iowa said the vote was fair.', expected: 'Gov. Terry E. Branstad of Iowa' },
    {
      text: 'Hanna Lind of the Harlow Institute said the vote was fair.',
      expected: 'Hanna Lind of the Harlow Institute',
    },
    { text: 'Hanna Lind said the vote was fair.', expected: null },
  ],
  apply: ({ doc, s, hit }) => {
    const { t } = doc;
    if (hit.actor.kind !== 'person' || (hit.via !== 'title' && hit.via !== 'name')) return null;
    if (t.lower[hit.last + 1] !== 'of') return null;
    const from = t.lower[hit.last + 2] === 'the' ? hit.last + 3 : hit.last + 2;
    if (from > s.last || !isCapitalised(t.value[from] as string)) return null;
    const place = doc.gazetteerAt(from, s.last);
    const end = place ? place.last : matchCapitalisedRun(t, from, s.last, s.first);
    return end >= 0 && end - from < 6 ? { last: end, ref: existing(hit.actor), via: hit.via } : null;
  },
};
