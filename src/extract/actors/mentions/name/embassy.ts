// "the United States embassy (in Pristina)", "the Kenya mission": a state's mission abroad.
import { SEATS } from '../../../lexicon/nouns.ts';
import { known } from '../../found.ts';
import { bodyRef } from '../../match/stateBodies.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const embassy: MentionRule = {
  name: 'embassy',
  description: "a state's name then a seat word (embassy, consulate, mission, delegation)",
  examples: [
    { text: 'The Kenya embassy in London said the visas were valid.', expected: 'Kenyan embassy' },
    { text: 'Kenya said the visas were valid.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.stateName | MENTION_GATE.aliasName | MENTION_GATE.notPossessive,
  apply: ({ doc, i, s, gaz, entry, after, owned }) => {
    if (!gaz || !entry || entry.kind !== 'state' || gaz.name.role !== 'alias' || owned !== after) return null;
    if (after > s.last || !SEATS.has(doc.t.lower[after] as string)) return null;
    return { last: after, ref: bodyRef(doc, known(entry), 'government', i, after, after), via: 'body' };
  },
};
