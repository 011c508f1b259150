// "the agency", "the company", "the ministry": the actor the description takes up (by name or post,
// then by kind); with nothing to take up, a speaking description as written ('“…,” the company said',
// an unnamed source), or with no organisation named yet ("The union said …" opening a story written
// around its source), the described organisation itself.
import type { ActorKind } from '../../../../model/kinds.ts';
import { DESCRIPTIONS } from '../../../lexicon/titles.ts';
import { existing } from '../../found.ts';
import { isCapitalised } from '../../names.ts';
import { resolveDescription } from '../../resolve/description/table.ts';
import { MENTION_GATE, type MentionQuery, type MentionRule } from '../query.ts';
import { cueAfter } from './nominalSource.ts';

/** Does the description at i open its sentence, or tag a quotation that does ('"It is over," the prime minister said')? */
export const opensOrTags = (doc: MentionQuery['doc'], i: number, s: MentionQuery['s']): boolean =>
  i === s.first || (i > s.first && doc.quotes.tagsOpening(i, s));

export const definiteDescription: MentionRule = {
  name: 'definite-description',
  description: 'a definite description ("the agency") taken up from an earlier actor',
  examples: [
    {
      text: 'The Harlow Coastal Authority closed the port. The authority said the closure was temporary.',
      expected: 'Harlow Coastal Authority',
    },
    { text: 'The union said the strike would go on.', expected: 'union' },
    { text: 'The storm said nothing.', expected: null },
    { text: 'The president told reporters the talks had failed.', expected: 'president' },
    {
      text: 'The Norland Energy Agency fined the mill on Monday. “We will appeal the fine,” the company said.',
      expected: 'company',
    },
    { text: 'Reporters asked the president about the talks.', expected: null },
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, s, head, nounGate }) => {
    const { t } = doc;
    const noun = t.lower[head] as string;
    if (!nounGate || t.lower[i] !== 'the' || !DESCRIPTIONS.has(noun) || t.pos[head + 1] === 'NOUN') return null;
    const fired = resolveDescription(doc, noun, i, undefined, opensOrTags(doc, i, s) ? doc.previousFirst : undefined);
    if (fired) return { last: head, ref: existing(fired.result), via: 'description', rule: fired.rule };
    const kind = (DESCRIPTIONS.get(noun) as readonly ActorKind[])[0] as ActorKind;
    // ("the president told reporters", '“…,” the company wrote' with no president or company to take up: the
    // description as written, an unnamed source)
    if (
      !isCapitalised(t.value[head] as string) &&
      (cueAfter(t, head, s) || (kind !== 'person' && opensOrTags(doc, i, s) && i > s.first))
    )
      return { last: head, ref: { label: noun, kind, surface: noun }, via: 'group' };
    if (kind === 'person' || kind === 'state' || isCapitalised(t.value[head] as string) || doc.organisationNamed())
      return null;
    return { last: head, ref: { label: noun, kind, surface: doc.surface(i, head) }, via: 'name' };
  },
};
