// "Camp Aguinaldo", "Port Sudan", "Gaza Strip", "New Hampshire", a dateline's "NEW YORK": places,
// never speakers nor referents of "he".
import { ORG_HEADS } from '../../../lexicon/titles.ts';
import { PLACE_FIRST_WORDS, PLACE_LAST_WORDS } from '../../../lexicon/nouns.ts';
import { PLACE_NAMES } from '../../../lexicon/places.ts';
import { runActor, type UnknownNameRule } from './query.ts';

export const placeName: UnknownNameRule = {
  name: 'place-name',
  description: 'a place name (a known region or city, a place word first or last, a dateline in capitals)',
  examples: [
    { text: 'Voters in Camp Harlow were angry.', expected: 'Camp Harlow' },
    { text: 'South Carolina voted on Tuesday.', expected: 'South Carolina' },
    { text: 'HARLOW SPRINGS — The vote was close.', expected: 'HARLOW SPRINGS' },
    { text: 'Karl Brenner voted on Tuesday.', expected: null },
  ],
  apply: (q) => {
    const { t } = q.doc;
    const { i, end, surface } = q;
    if (end < 0) return null;
    const place =
      (end > i &&
        (PLACE_FIRST_WORDS.has(t.lower[i] as string) || PLACE_LAST_WORDS.has(t.lower[end] as string)) &&
        !ORG_HEADS.has(t.lower[end] as string)) ||
      PLACE_NAMES.has(surface.toLowerCase()) ||
      (end > i && surface === surface.toUpperCase() && /\p{Lu}{2}/u.test(surface));
    return place ? { last: end, ref: runActor(q, 'other'), via: 'weak' } : null;
  },
};
