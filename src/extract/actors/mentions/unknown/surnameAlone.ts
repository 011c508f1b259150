// "Ana Okafor … Okafor said": a lone capitalised word that is the surname of a person the
// document named in full, or with a title ("President Okafor"), is that person.
import { existing } from '../../found.ts';
import { isCapitalised } from '../../names.ts';
import type { UnknownNameRule } from './query.ts';

export const surnameAlone: UnknownNameRule = {
  name: 'surname-alone',
  description: 'a surname alone, of a person named in full before',
  examples: [
    { text: 'Ana Okafor spoke first. Okafor said the bill was dead.', expected: 'Ana Okafor' },
    { text: 'Tomas Berg Jr. spoke first. Berg said the bill was dead.', expected: 'Tomas Berg Jr.' },
    { text: 'President Okafor spoke first. Okafor said the bill was dead.', expected: 'Okafor' },
    { text: 'Ana Lynch spoke first. Lynch said the bill was dead.', expected: 'Ana Lynch' },
    { text: 'Okafor said the bill was dead.', expected: null },
  ],
  apply: ({ doc, i, s, end }) => {
    // (opening a sentence, a surname the tagger reads as a verb makes no capitalised run: "Lynch said")
    const opening = end < i && i === s.first && i < s.last && !isCapitalised(doc.t.value[i + 1] as string);
    if (end !== i && !opening) return null;
    const value = doc.t.value[i] as string;
    const person = doc.surnameHolder(value);
    return person ? { last: i, ref: existing(person, value), via: 'name' } : null;
  },
};
