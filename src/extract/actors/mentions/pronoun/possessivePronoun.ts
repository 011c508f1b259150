// "its spokesman", "his lawyer", "their campaign": what the owner a possessive pronoun refers to
// has (a spokesman is the owner speaking; an affiliate speaks for it).
import { POSSESSIVE_PRONOUNS } from '../../../lexicon/grammar.ts';
import { firstRule } from '../../../rules/rule.ts';
import { possessedBy } from '../../match/persons.ts';
import { PRONOUN_RULES } from '../../resolve/pronoun/table.ts';
import type { MentionRule } from '../query.ts';
import { pronounQuery } from './pronoun.ts';

export const possessivePronoun: MentionRule = {
  name: 'possessive-pronoun',
  description: 'a possessive pronoun and a spokesman or affiliate of its referent',
  examples: [
    {
      text: 'Norvik Shipping Company cancelled the sailing. Its spokesman said the storm was to blame.',
      expected: 'Norvik Shipping Company',
    },
    { text: 'Hanna Lind lost the vote. Her campaign said it would appeal.', expected: "Hanna Lind's campaign" },
    { text: 'Norvik Shipping Company cancelled the sailing. Its ships stayed in port.', expected: null },
  ],
  apply: (q) => {
    const word = POSSESSIVE_PRONOUNS.get(q.doc.t.lower[q.i] as string);
    const owner = word ? firstRule(PRONOUN_RULES, pronounQuery(q, word)) : null;
    return owner ? (possessedBy(q.doc, owner.result, q.i, q.s) ?? null) : null;
  },
};
