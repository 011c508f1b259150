// "Syrian Civil Defence", "Kenyan Airways": a capitalised name opened by a demonym, decided by the
// unknown-name rules (never a person: a person there would carry a title).
import { firstRule } from '../../../rules/rule.ts';
import { isNameToken } from '../../names.ts';
import type { MentionRule } from '../query.ts';
import { unknownNameQuery } from '../unknown/query.ts';
import { UNKNOWN_NAME_RULES } from '../unknown/table.ts';

export const demonymOrganisation: MentionRule = {
  name: 'organisation',
  description: 'a capitalised name opened by a demonym',
  examples: [
    { text: 'Kenyan Harlow Airways said the flight was delayed.', expected: 'Kenyan Harlow Airways' },
    { text: 'Kenyan farmers said the flight was delayed.', expected: null },
  ],
  apply: ({ doc, i, s, after }) => {
    if (after > s.last || !isNameToken(doc.t, after, s.first)) return null;
    const fired = firstRule(UNKNOWN_NAME_RULES, unknownNameQuery(doc, i, s, true));
    return fired ? { ...fired.result, rule: fired.rule } : null;
  },
};
