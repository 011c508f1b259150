// "Okafor's campaign", "Greenpeace's lawyers": a named actor's affiliate speaks for it (a member
// of it), not as it; "the company's management", "the group's leadership" is the organisation itself.
import { AFFILIATES, ENTOURAGE, SELF_HEADS } from '../../lexicon/nouns.ts';
import { POSSESSIVE_MARKS } from '../../lexicon/grammar.ts';
import { existing } from '../found.ts';
import type { ExtensionRule } from './query.ts';

/** Adjectives an affiliate may take after the possessive ("Okafor's top campaign advisers"). */
const AFFILIATE_ADJECTIVES = 2;

export const affiliate: ExtensionRule = {
  name: 'affiliate',
  description: "a named actor's possessive and an affiliate (campaign, lawyers, office) or its management",
  examples: [
    { text: "Hanna Lind's campaign ruled out a recount.", expected: "Hanna Lind's campaign" },
    {
      text: "Norvik Shipping Company's management denied the report.",
      expected: "Norvik Shipping Company's management",
    },
    {
      text: "Hanna Lind's campaign strategists say the map favours her.",
      expected: "Hanna Lind's campaign strategists",
    },
    {
      text: "Hanna Lind's top advisers said the map favours her.",
      expected: "Hanna Lind's top advisers",
    },
    { text: "Hanna Lind's dog barked.", expected: null },
    { text: "Hanna Lind's loyal dog barked.", expected: null },
  ],
  apply: ({ doc, s, first, hit }) => {
    const { t } = doc;
    if (hit.via === 'pronoun' || hit.via === 'description' || hit.actor.kind === 'state') return null;
    if (hit.last + 2 > s.last || !POSSESSIVE_MARKS.has(t.lower[hit.last + 1] as string)) return null;
    const head = t.lower[hit.last + 2] as string;
    const surface = doc.surface(first, hit.last + 2);
    if (hit.actor.kind !== 'person' && hit.via !== 'weak' && SELF_HEADS.has(head))
      return { last: hit.last + 2, ref: existing(hit.actor, surface), via: hit.via };
    const kindOf = (word: string): 'political-group' | 'other' | 'person' | undefined =>
      AFFILIATES.get(word) ?? ENTOURAGE.get(word);
    // ("Okafor's top advisers", "Okafor's longtime lawyer": adjectives before the affiliate)
    let at = hit.last + 2;
    while (
      at < s.last &&
      at - hit.last - 2 < AFFILIATE_ADJECTIVES &&
      t.pos[at] === 'ADJ' &&
      !kindOf(t.lower[at] as string)
    )
      at++;
    if (!kindOf(t.lower[at] as string)) return null;
    // ("Okafor's campaign strategists": the second noun names who speaks)
    const last = at + 1 <= s.last && kindOf(t.lower[at + 1] as string) ? at + 1 : at;
    const kind = kindOf(t.lower[last] as string) as 'political-group' | 'other' | 'person';
    const label = doc.surface(first, last);
    const memberOf = hit.via === 'weak' ? {} : { memberOf: existing(hit.actor) };
    return { last, ref: { label, kind, surface: label, ...memberOf }, via: 'name' };
  },
};
