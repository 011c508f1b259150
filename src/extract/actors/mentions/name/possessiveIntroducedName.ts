// "Brazil's environmental agency Ibama": after a state's possessive, a descriptor noun introducing
// a name (the agency, a member of the state).
import { described } from '../../match/described.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const possessiveIntroducedName: MentionRule = {
  name: 'possessive-introduced-name',
  description: "a name introduced by a descriptor noun after a state's possessive",
  examples: [
    { text: "Kenya's environmental agency Harlow Watch denied the report.", expected: 'Harlow Watch' },
    { text: "Kenya's farmers denied the report.", expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.possessive | MENTION_GATE.stateName,
  apply: ({ doc, i, s, entry, after, owned }) =>
    entry && entry.kind === 'state' && owned > after ? (described(doc, owned, s, entry, i) ?? null) : null,
};
