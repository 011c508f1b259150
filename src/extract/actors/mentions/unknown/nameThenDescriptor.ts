// "Harlow Springs Agency", no: "Delmar firm", "Norvik group": a name followed by the common noun
// that says what it is (the noun belongs to the mention and gives the kind).
import { DESCRIPTORS } from '../../../lexicon/titles.ts';
import { isCapitalised } from '../../names.ts';
import { runActor, type UnknownNameRule } from './query.ts';

export const nameThenDescriptor: UnknownNameRule = {
  name: 'name-then-descriptor',
  description: 'a name followed by a lower-case descriptor noun ("Delmar firm", "Norvik group")',
  examples: [
    { text: 'The Delmar firm denied the charges.', expected: 'Delmar' },
    { text: 'Karl Brenner denied the charges.', expected: null },
  ],
  apply: (q) => {
    const { doc, i, s, end } = q;
    const { t } = doc;
    if (end < 0 || end >= s.last) return null;
    const kind = DESCRIPTORS.get(t.lower[end + 1] as string);
    if (!kind || isCapitalised(t.value[end + 1] as string)) return null;
    return { last: end + 1, ref: runActor(q, kind), via: 'name', aliases: [doc.surface(i, end + 1)] };
  },
};
