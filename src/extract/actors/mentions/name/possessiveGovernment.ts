// "Sudan's army-led government", "Iran's new government": the state itself speaking.
import { known } from '../../found.ts';
import { governmentWord, pastModifiers } from '../../match/stateBodies.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const possessiveGovernment: MentionRule = {
  name: 'possessive-government',
  description: "a government word (after up to two modifiers) after a state's possessive: the state",
  examples: [
    { text: "Kenya's new government denied the report.", expected: 'Kenya' },
    { text: "Kenya's farmers denied the report.", expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.possessive | MENTION_GATE.stateName,
  apply: ({ doc, i, s, entry, after, owned }) => {
    if (!entry || entry.kind !== 'state' || owned === after) return null;
    const gov = governmentWord(doc, pastModifiers(doc, owned, s.last), s.last);
    return gov >= 0 ? { last: gov, ref: known(entry, doc.surface(i, gov)), via: 'name' } : null;
  },
};
