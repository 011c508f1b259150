// "The Okafor campaign said", "the Brenner administration argues": a person's name used as the
// modifier of an affiliate (campaign, camp, team, lawyers, aides …) or of the government the person
// leads speaks for that affiliate, as "Okafor's campaign" does, not as the person. After "the", or
// without it for people in the plural ("Okafor aides said", "Okafor supporters say": "Okafor
// campaign" alone reads as a headline's name and verb), and only when no noun follows ("the Okafor
// campaign manager" is a person of it).
import { AFFILIATES, ENTOURAGE } from '../../lexicon/nouns.ts';
import { POSSESSIVE_MARKS } from '../../lexicon/grammar.ts';
import { existing } from '../found.ts';
import type { ExtensionRule } from './query.ts';

/** Heads that make "the <person> <head>" the government the person leads. */
const LED_BODIES: ReadonlySet<string> = new Set(['administration', 'government']);
/** Affiliates that are people in the plural, who may follow a bare name ("Okafor aides", "Okafor supporters"). */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  'aides',
  'advisers',
  'advisors',
  'strategists',
  'confidants',
  'associates',
  'supporters',
  'allies',
  'lawyers',
  'attorneys',
]);
/** What may follow the head: no noun or name of the phrase. */
const PHRASE_GOES_ON: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM']);

export const namedAffiliate: ExtensionRule = {
  name: 'named-affiliate',
  description: 'a person\'s name modifying an affiliate or the government the person leads ("the Okafor campaign")',
  examples: [
    {
      text: 'Ana Okafor toured Ohio. The Okafor campaign said the report was misleading.',
      expected: 'Okafor campaign',
    },
    {
      text: 'Karl Brenner was sworn in. The Brenner administration argues that the accord will open doors.',
      expected: 'Brenner administration',
    },
    { text: 'Ana Okafor toured Ohio. The Okafor campaign manager said the report was misleading.', expected: null },
    { text: 'Ana Okafor toured Ohio. Okafor campaigned in Dayton.', expected: null },
    {
      text: 'Ana Okafor lost the vote. Okafor supporters said the count was unfair.',
      expected: 'Okafor supporters',
    },
    { text: 'Ana Okafor lost the vote. Okafor aides said she would not concede.', expected: 'Okafor aides' },
    { text: 'Ana Okafor lost the vote. Okafor staff members said she would not concede.', expected: null },
  ],
  apply: ({ doc, s, first, hit }) => {
    const { t } = doc;
    if (hit.actor.kind !== 'person' || hit.via === 'pronoun' || hit.via === 'description') return null;
    if (hit.last + 1 > s.last) return null;
    const at = hit.last + 1;
    const head = t.lower[at] as string;
    const led = LED_BODIES.has(head);
    const kind = AFFILIATES.get(head) ?? ENTOURAGE.get(head);
    if (!led && !kind) return null;
    const definite = first - 1 >= s.first && t.lower[first - 1] === 'the';
    // (without "the": people only, in the plural, "Okafor aides", never a body or one person)
    if (!definite && (led || kind !== 'other' || !PEOPLE_PLURALS.has(head))) return null;
    if (
      at + 1 <= s.last &&
      PHRASE_GOES_ON.has(t.pos[at + 1] as string) &&
      !POSSESSIVE_MARKS.has(t.lower[at + 1] as string)
    )
      return null;
    const surface = doc.surface(first, at);
    if (led) return { last: at, ref: { label: surface, kind: 'government', surface }, via: 'body' };
    const memberOf = hit.via === 'weak' ? {} : { memberOf: existing(hit.actor) };
    return { last: at, ref: { label: surface, kind: kind ?? 'other', surface, ...memberOf }, via: 'name' };
  },
};
