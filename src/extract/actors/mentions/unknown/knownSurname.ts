// "Ana Okafor … Ana M. Okafor": a full name whose surname and given name the document gave before
// is that person; another given name is another person ("Tomas Okafor").
import { existing } from '../../found.ts';
import type { UnknownNameRule } from './query.ts';

export const knownSurname: UnknownNameRule = {
  name: 'known-surname',
  description: 'a full name with the surname and given name of a person named before',
  examples: [
    { text: 'Ana Okafor spoke first. Later A. Okafor said the bill was dead.', expected: 'Ana Okafor' },
    { text: 'Ana Okafor spoke first. Tomas Okafor said the bill was dead.', expected: null },
  ],
  apply: ({ doc, i, end, surface }) => {
    if (end <= i) return null;
    const person = doc.surnameHolder(doc.t.value[end] as string, undefined, doc.t.value[i] as string);
    return person ? { last: end, ref: existing(person, surface), via: 'name' } : null;
  },
};
