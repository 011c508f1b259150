// "the agency", "the company", "the ministry": the actor the description takes up (by name or post,
// then by kind); with nothing to take up and no organisation named yet ("The union said …" opening a
// story written around its source), the described organisation itself.
import type { ActorKind } from '../../../../model/kinds.ts';
import { DESCRIPTIONS } from '../../../lexicon/titles.ts';
import { existing } from '../../found.ts';
import { isCapitalised } from '../../names.ts';
import { resolveDescription } from '../../resolve/description/table.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

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
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, s, head, nounGate }) => {
    const { t } = doc;
    const noun = t.lower[head] as string;
    if (!nounGate || t.lower[i] !== 'the' || !DESCRIPTIONS.has(noun) || t.pos[head + 1] === 'NOUN') return null;
    const fired = resolveDescription(doc, noun, i, undefined, i === s.first ? doc.previousFirst : undefined);
    if (fired) return { last: head, ref: existing(fired.result), via: 'description', rule: fired.rule };
    const kind = (DESCRIPTIONS.get(noun) as readonly ActorKind[])[0] as ActorKind;
    if (kind === 'person' || kind === 'state' || isCapitalised(t.value[head] as string) || doc.organisationNamed())
      return null;
    return { last: head, ref: { label: noun, kind, surface: doc.surface(i, head) }, via: 'name' };
  },
};
