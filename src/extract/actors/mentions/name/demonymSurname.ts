// "Karl Polish, the club's owner, … Polish said": a demonym the document gave a person as a surname
// is that person where it stands alone, not before a noun it describes ("Polish officials").
import { existing } from '../../found.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const demonymSurname: MentionRule = {
  name: 'demonym-surname',
  description: 'a demonym alone that the document gave a person as a surname is that person',
  examples: [
    { text: 'Karl Polish, the club owner, spoke first. Polish said the vote was fair.', expected: 'Karl Polish' },
    { text: 'Karl Polish, the club owner, spoke first. Polish officials said the vote was fair.', expected: null },
    { text: 'Polish said the vote was fair.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.demonymName,
  apply: ({ doc, i, gaz }) => {
    if (!gaz || gaz.last !== i || gaz.name.role !== 'demonym') return null;
    const { t } = doc;
    const next = t.pos[i + 1];
    if ((next === 'NOUN' || next === 'PROPN' || next === 'ADJ') && !/^['’]/.test(t.value[i + 1] as string)) return null;
    const value = t.value[i] as string;
    const person = doc.surnameHolder(value);
    return person ? { last: i, ref: existing(person, value), via: 'name' } : null;
  },
};
