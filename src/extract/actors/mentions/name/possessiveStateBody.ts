// "Israel's foreign ministry", "Kenya's army": a state's body after the state's possessive,
// labelled with its demonym ("Kenyan foreign ministry") and a member of the state.
import { known } from '../../found.ts';
import { bodyRef, stateBody } from '../../match/stateBodies.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const possessiveStateBody: MentionRule = {
  name: 'possessive-state-body',
  description: "a state's body after the state's possessive",
  examples: [
    { text: "Kenya's foreign ministry denied the report.", expected: 'Kenyan foreign ministry' },
    { text: 'Kenya denied the report.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.possessive | MENTION_GATE.stateName,
  apply: ({ doc, i, s, entry, after, owned }) => {
    if (!entry || entry.kind !== 'state' || owned === after) return null;
    const body = stateBody(doc, owned, s.last);
    return body
      ? { last: body.last, ref: bodyRef(doc, known(entry), body.kind, i, body.last, owned), via: 'body' }
      : null;
  },
};
