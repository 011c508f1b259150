// "a company spokesman, Joost Verbeek", "the agency's head of safeguards, Ingrid Holm": the person
// titled after a description speaks for the actor it describes; unnamed ("a company spokesman
// said"), the actor itself speaks (and "the spokesman" later finds it by this alias).
import { DESCRIPTIONS } from '../../../lexicon/titles.ts';
import { PERSON_NOUNS } from '../../../lexicon/nouns.ts';
import { POSSESSIVE_MARKS } from '../../../lexicon/grammar.ts';
import { existing } from '../../found.ts';
import { titled } from '../../match/persons.ts';
import { isNameToken, matchTitle } from '../../names.ts';
import { resolveDescription } from '../../resolve/description/table.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const descriptionSpokesman: MentionRule = {
  name: 'description-spokesman',
  description: "a post after a description: the described actor's person, or the actor itself",
  examples: [
    {
      text: 'Shipping firm Harbour Logistics rejected the offer. A company spokesman, Joost Verbeek, said the talks were over.',
      expected: 'Joost Verbeek',
    },
    {
      text: 'Shipping firm Harbour Logistics rejected the offer. A company spokesman said the talks were over.',
      expected: 'Harbour Logistics',
    },
    { text: 'A company spokesman said the talks were over.', expected: null },
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, s, det, head, nounGate }) => {
    const { t } = doc;
    const noun = t.lower[head] as string;
    if (!nounGate || !det || !DESCRIPTIONS.has(noun) || head >= s.last) return null;
    const post = POSSESSIVE_MARKS.has(t.lower[head + 1] as string) ? head + 2 : head + 1;
    if (post > s.last || matchTitle(t, post, s.last) < 0) return null;
    const owner = resolveDescription(doc, noun, i)?.result;
    const person = titled(doc, post, s, owner ? existing(owner) : undefined, i);
    if (person) return person;
    if (!owner || !PERSON_NOUNS.has(t.lower[post] as string) || isNameToken(t, post + 1, s.first)) return null;
    return { last: post, ref: existing(owner, doc.surface(i, post)), via: 'description' };
  },
};
