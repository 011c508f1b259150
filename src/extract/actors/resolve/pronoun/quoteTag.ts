// '“It is a disgrace,” he said' after a sentence about someone: a pronoun tagging a quotation that
// opens its sentence takes up the person the sentence before was about (its first compatible
// subject or speaker), not a person named later in that sentence's subordinate clauses ("Okafor,
// who campaigned for Berg since he left the race, attacked the plan."), nor a name that only says
// whose post the subject holds ("Okafor adviser Jason Miller": Miller; ../../roles.ts possessesPost).
// A quotation that began sentences before the tag is looked past: the sentence before its opening.
import type { Rule } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { firstIn } from '../candidates.ts';
import { isPersonal, subjectLookup, type PronounQuery } from './query.ts';

export const quoteTag: Rule<PronounQuery, Actor, string> = {
  name: 'quote-tag',
  description: "a pronoun tagging a quotation that opens its sentence refers to the sentence before's first subject",
  examples: [
    {
      text: 'Karl Brenner, who has campaigned for Tomas Berg since he left the race, attacked the plan. “It is a disgrace,” he said.',
      expected: 'Karl Brenner',
    },
    {
      text: 'Ana Duarte told the forum that Petra Lind had lost the vote. “I have good judgment,” she said.',
      expected: 'Ana Duarte',
    },
    {
      text: 'Karl Okafor won the vote. Okafor senior communications adviser Jason Miller spoke next. “We are ready,” he added.',
      expected: 'Jason Miller',
    },
    {
      text: 'Ana Duarte spoke first, and Petra Lind left the hall. “How many times must we see this? I mean, this is unbearable,” she said.',
      expected: 'Ana Duarte',
    },
    {
      text: 'Mayor Karl Brenner thanked Okafor. Okafor openly admitted the plan was late. “We tried,” he said.',
      expected: 'Okafor',
    },
    { text: 'The storm hit the coast. “We lost everything,” he said.', expected: null },
  ],
  apply: (q) => {
    if (q.tagFirst === undefined || !isPersonal(q)) return null;
    const subject = subjectLookup(q);
    return firstIn(q.ctx, q.tagFirst, q.at, subject.accept, subject.weak) ?? null;
  },
};
