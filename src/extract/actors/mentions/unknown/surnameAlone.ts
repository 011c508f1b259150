// "Ana Okafor … Okafor said": a lone capitalised word that is the surname of a person the
// document named in full, or with a title ("President Okafor"), is that person.
import { existing } from '../../found.ts';
import type { UnknownNameRule } from './query.ts';

export const surnameAlone: UnknownNameRule = {
  name: 'surname-alone',
  description: 'a surname alone, of a person named in full before',
  examples: [
    { text: 'Ana Okafor spoke first. Okafor said the bill was dead.', expected: 'Ana Okafor' },
    { text: 'Tomas Berg Jr. spoke first. Berg said the bill was dead.', expected: 'Tomas Berg Jr.' },
    { text: 'President Okafor spoke first. Okafor said the bill was dead.', expected: 'Okafor' },
    { text: 'Okafor said the bill was dead.', expected: null },
  ],
  apply: ({ doc, i, end }) => {
    if (end !== i) return null;
    const value = doc.t.value[i] as string;
    const person = doc.surnameHolder(value);
    return person ? { last: i, ref: existing(person, value), via: 'name' } : null;
  },
};
