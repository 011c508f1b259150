// "the Russian embassy in London", "officials in Nairobi": a seat's (or a group's) place belongs to
// the mention, never speaks.
import { SEATS } from '../../lexicon/nouns.ts';
import { existing } from '../found.ts';
import { isNameToken, matchCapitalisedRun } from '../names.ts';
import type { ExtensionRule } from './query.ts';

export const seat: ExtensionRule = {
  name: 'seat',
  description: 'the city after a seat ("embassy in London") or a group ("officials in Nairobi")',
  examples: [
    { text: 'The Kenyan embassy in London said the visas were valid.', expected: 'Kenyan embassy in London' },
    { text: 'Officials in Harlow Springs said the road was open.', expected: 'Officials in Harlow Springs' },
    { text: 'Hanna Lind in Harlow Springs said the road was open.', expected: null },
  ],
  apply: ({ doc, s, first, hit }) => {
    const { t } = doc;
    if ((!SEATS.has(t.lower[hit.last] as string) && hit.via !== 'group') || t.lower[hit.last + 1] !== 'in') return null;
    if (hit.last + 2 > s.last) return null;
    const place = doc.gazetteerAt(hit.last + 2, s.last);
    const last =
      place && (place.name.role === 'capital' || place.name.entry.kind === 'state')
        ? place.last
        : isNameToken(t, hit.last + 2, s.first)
          ? matchCapitalisedRun(t, hit.last + 2, s.last, s.first)
          : hit.last;
    return last > hit.last ? { last, ref: existing(hit.actor, doc.surface(first, last)), via: hit.via } : null;
  },
};
