// "rebels", "the rebels", "officials", "analysts": a group that speaks as one; the group named
// before with the same noun ("Syrian rebels") when there is one.
import type { ActorKind } from '../../../../model/kinds.ts';
import type { DocContext } from '../../document.ts';
import { existing, type Found } from '../../found.ts';
import { GROUP_NOUNS } from '../../../lexicon/nouns.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

/** The group of `noun` mentioned as tokens first..last. */
export function group(doc: DocContext, noun: string, first: number, last: number): Found {
  const surface = doc.surface(first, last);
  const earlier = doc.groupByNoun(noun, first);
  if (earlier) return { last, ref: existing(earlier, surface), via: 'group' };
  const info = GROUP_NOUNS.get(noun) as { kind: ActorKind; plural: boolean };
  return { last, ref: { label: noun, kind: info.kind, surface, plural: info.plural }, via: 'group' };
}

export const groupNoun: MentionRule = {
  name: 'group-noun',
  description: 'a group noun ("rebels", "officials", "analysts")',
  examples: [
    { text: 'Analysts said the plan would fail.', expected: 'analysts' },
    { text: 'Kenyan rebels took the town. The rebels said the army had fled.', expected: 'Kenyan rebels' },
    { text: 'The storm said nothing.', expected: null },
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, head, nounGate }) => {
    const noun = doc.t.lower[head] as string;
    return nounGate && GROUP_NOUNS.has(noun) ? group(doc, noun, i, head) : null;
  },
};
