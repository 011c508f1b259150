// "Syrian Civil Defence": a run of proper nouns opened by a demonym names an organisation (a
// person there would carry a title: "Syrian Foreign Minister X").
import { runActor, type UnknownNameRule } from './query.ts';

export const demonymOrganisation: UnknownNameRule = {
  name: 'demonym-organisation',
  description: 'a run of proper nouns opened by a demonym names an organisation, not a person',
  examples: [
    { text: 'The Syrian Civil Defence said the road was closed.', expected: 'Syrian Civil Defence' },
    { text: 'Karl Brenner said the road was closed.', expected: null },
  ],
  apply: (q) =>
    q.allProper && q.afterDemonym && q.end >= q.i ? { last: q.end, ref: runActor(q, 'other'), via: 'name' } : null,
};
