// A pronoun opening a sentence (or its main clause, after a short phrase: "In a statement, it said")
// takes up the sentence before's subject (its first compatible
// subject or speaker, else the possessor opening it: "Berg's speech ranged widely. He said …", else its
// first compatible actor), not the last actor it named: "The ministry
// summoned the envoy of Norland. It said …"; "Despite the death of Ambassador Berg, Okafor says …
// He also says …" is Okafor's.
import type { Rule } from '../../../rules/rule.ts';
import type { Actor } from '../../registry.ts';
import { firstIn } from '../candidates.ts';
import { compatible, openingPossessor, subjectLookup, type PronounQuery } from './query.ts';

export const openingSubject: Rule<PronounQuery, Actor, string> = {
  name: 'opening-subject',
  description: "a sentence-opening pronoun refers to the sentence before's first compatible subject, else actor",
  examples: [
    {
      text: 'The Kenyan foreign ministry summoned the head of Halvern Oil Company. It said the talks had failed.',
      expected: 'Kenyan foreign ministry',
    },
    { text: 'Ana Duarte met Tomas Berg on Monday. She said the meeting went well.', expected: 'Ana Duarte' },
    {
      text: 'Despite the deaths of Ambassador Tomas Berg and two guards, Karl Okafor says it is hard to blame one man. He also says the inquiry was fair.',
      expected: 'Karl Okafor',
    },
    {
      text: "Karl Okafor's long victory speech praised Ana Duarte and the Harlow Port Authority. He told supporters the port would reopen.",
      expected: 'Karl Okafor',
    },
    {
      text: 'The Norland Energy Agency rejected the claim. In a statement on Monday, it said the figures were right.',
      expected: 'Norland Energy Agency',
    },
    { text: 'Talks resumed on Monday. It said nothing.', expected: null },
  ],
  apply: (q) => {
    if (q.previousFirst === undefined) return null;
    const subject = subjectLookup(q);
    return (
      firstIn(q.ctx, q.previousFirst, q.at, subject.accept, subject.weak) ??
      openingPossessor(q, q.previousFirst) ??
      firstIn(q.ctx, q.previousFirst, q.at, (a, m) => compatible(q, a, m) && m.role !== 'possessor') ??
      null
    );
  },
};
