// "Gaza's health ministry", "Crimea's Russian-installed authorities", "the Harlow regional
// government": the body of a territory the gazetteer does not list as a state speaks for itself.
import { territoryBody } from '../../match/stateBodies.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const territoryBodyRule: MentionRule = {
  name: 'territory-body',
  description: 'a body of a territory the gazetteer does not list (its name, then a body or government word)',
  examples: [
    { text: "Harlow's health ministry said 40 people had died.", expected: 'Harlow health ministry' },
    { text: 'Harlow said 40 people had died.', expected: null },
  ],
  needs: MENTION_GATE.noGazetteer,
  apply: ({ doc, i, s, gaz }) => (gaz ? null : (territoryBody(doc, i, s) ?? null)),
};
