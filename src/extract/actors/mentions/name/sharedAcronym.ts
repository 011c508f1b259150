// "Rapid Support Forces (RSF) … RSF said": a shared gazetteer acronym ("RSF" is also Reporters
// Without Borders) that the document defined in brackets means what the document said.
import { existing } from '../../found.ts';
import { isAcronym, letters } from '../../names.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const sharedAcronym: MentionRule = {
  name: 'shared-acronym',
  description: 'a shared gazetteer acronym the document defined in brackets',
  examples: [
    {
      text: 'The Rapid Harlow Forces (RSF) shelled the town. RSF said it had taken the bridge.',
      expected: 'Rapid Harlow Forces',
    },
    { text: 'RSF said the journalists were detained.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.sharedName,
  apply: ({ doc, gaz }) => {
    if (!gaz?.name.shared || !isAcronym(gaz.name.name)) return null;
    const local = doc.bracketedAcronym(letters(gaz.name.name));
    return local ? { last: gaz.last, ref: existing(local), via: 'name' } : null;
  },
};
