// A capitalised name the gazetteer does not know: the unknown-name rules decide what it is
// (acronym, place, surname, organisation, person, or a weak mention).
import { firstRule } from '../../../rules/rule.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';
import { unknownNameQuery } from '../unknown/query.ts';
import { UNKNOWN_NAME_RULES } from '../unknown/table.ts';

export const unknownName: MentionRule = {
  name: 'unknown-name',
  description: 'a capitalised name the gazetteer does not know (see the unknown-name rules)',
  examples: [
    { text: 'Hanna Lind said the bill was dead.', expected: 'Hanna Lind' },
    { text: 'Kenya said the bill was dead.', expected: null },
  ],
  needs: MENTION_GATE.noGazetteer,
  apply: ({ doc, i, s, gaz }) => {
    if (gaz) return null;
    const fired = firstRule(UNKNOWN_NAME_RULES, unknownNameQuery(doc, i, s, false));
    return fired ? { ...fired.result, rule: fired.rule } : null;
  },
};
