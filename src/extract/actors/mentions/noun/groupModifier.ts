// "rebel groups", "rebel fighters": the noun-adjunct form of a group noun before a group head.
import { GROUP_HEADS, GROUP_NOUNS } from '../../../lexicon/nouns.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';
import { group } from './groupNoun.ts';

export const groupModifier: MentionRule = {
  name: 'group-modifier',
  description: 'a group noun used as a modifier before "groups", "fighters", "forces", "commanders"',
  examples: [
    { text: 'Rebel fighters said the army had fled.', expected: 'rebels' },
    { text: 'Rebels said the army had fled.', expected: null },
  ],
  needs: MENTION_GATE.nounGate,
  apply: ({ doc, i, s, head, nounGate }) => {
    const { t } = doc;
    const plural = `${t.lower[head] as string}s`;
    if (!nounGate || head >= s.last || !GROUP_NOUNS.has(plural) || !GROUP_HEADS.has(t.lower[head + 1] as string))
      return null;
    return group(doc, plural, i, head + 1);
  },
};
