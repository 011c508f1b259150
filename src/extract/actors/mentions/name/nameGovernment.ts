// "Kenya government", "Russia's government": a government word right after a state's name (not a
// demonym, see demonym/government): the state itself.
import { known } from '../../found.ts';
import { governmentWord } from '../../match/stateBodies.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const nameGovernment: MentionRule = {
  name: 'name-government',
  description: 'a government word right after a known name: that actor',
  examples: [
    { text: 'The Kenya government denied the report.', expected: 'Kenya' },
    { text: 'Kenya denied the report.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.notDemonymName,
  apply: ({ doc, i, s, gaz, entry, after }) => {
    if (!gaz || !entry || gaz.name.role === 'demonym') return null;
    const gov = governmentWord(doc, after, s.last);
    return gov >= 0 ? { last: gov, ref: known(entry, doc.surface(i, gov)), via: 'name' } : null;
  },
};
