// "Syrian army", "Kenyan foreign ministry", "Russian state media": a state body after a demonym,
// one actor per state and kind of body, a member of the state.
import { known } from '../../found.ts';
import { bodyRef, stateBody } from '../../match/stateBodies.ts';
import type { MentionRule } from '../query.ts';

export const demonymBody: MentionRule = {
  name: 'body',
  description: 'a state body after a demonym',
  examples: [
    { text: 'The Kenyan army said the road was open.', expected: 'Kenyan army' },
    { text: 'The Kenyan farmers said the road was open.', expected: null },
  ],
  apply: ({ doc, i, s, entry, after }) => {
    const body = entry && stateBody(doc, after, s.last);
    return body ? { last: body.last, ref: bodyRef(doc, known(entry), body.kind, i, body.last), via: 'body' } : null;
  },
};
