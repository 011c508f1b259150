// "he"/"she" most often continues the person the passage is about or who spoke last, not the
// object of that person's last words: the most recent compatible person that was a subject or a
// speaker. "Ana Duarte thanked Tomas Berg for his work, and then she said …" is Duarte's.
import type { Rule } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { findBack, WINDOW } from '../candidates.ts';
import { isPersonal, subjectLookup, type PronounQuery } from './query.ts';

export const recentSubject: Rule<PronounQuery, Actor, string> = {
  name: 'recent-subject',
  description: 'a personal pronoun refers to the most recent compatible person who was a subject or a speaker',
  examples: [
    {
      text: 'Mayor Karl Brenner thanked Tomas Berg for his work. The town owes him a great deal, he said.',
      expected: 'Karl Brenner',
    },
    {
      text: 'Judge Karl Brenner questioned the witness about Petra Lind, and then he adjourned the hearing.',
      expected: 'Karl Brenner',
    },
    {
      text: 'Mayor Karl Brenner thanked Okafor. Okafor openly admitted the plan was late. We tried hard, he said.',
      expected: 'Okafor',
    },
    { text: 'Mayor Karl Brenner spoke first. Sales rose sharply. “We tried,” he said.', expected: 'Karl Brenner' },
    {
      text: 'Tomas Berg expects lobbying by loyalists to Karl Brenner and Jon Vik. That is why, he argued, the party must be ready.',
      expected: 'Tomas Berg',
    },
    {
      text: 'Karl Brenner, who campaigned for GOP nominee Tomas Berg all spring, attacked the plan on Monday. It is a disgrace, he said.',
      expected: 'Karl Brenner',
    },
    { text: 'The storm hit the coast. Then he left.', expected: null },
  ],
  apply: (q) => {
    if (!isPersonal(q)) return null;
    const subject = subjectLookup(q);
    return findBack(q.ctx, q.at, subject.accept, WINDOW, subject.weak) ?? null;
  },
};
