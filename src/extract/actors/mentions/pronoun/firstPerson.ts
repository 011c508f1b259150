// "I said the ferry was late", "as I wrote last week": outside a quotation "I" is the writer of the
// article (a column, a memoir, an interview's answers written out), who speaks as an actor of the
// document kept as written ("I"), never merged with another document's. Inside a quotation "I" is
// the quoted speaker, whom the attribution gives.
import { FIRST_PERSON } from '../../../lexicon/grammar.ts';
import { isCapitalised } from '../../names.ts';
import type { MentionRule } from '../query.ts';

export const firstPerson: MentionRule = {
  name: 'first-person',
  description: 'a first-person "I" outside any quotation: the writer, kept as written',
  examples: [
    { text: 'The hearing ran late. I said the ferry would not sail, and the judge agreed.', expected: 'I' },
    { text: '"I said the ferry would not sail," Hanna Lind said.', expected: null },
    { text: 'Veterans of World War I marched past the depot.', expected: null },
  ],
  apply: (q) => {
    const { t } = q.doc;
    if (!FIRST_PERSON.has(t.value[q.i] as string) || t.pos[q.i] !== 'PRON' || q.doc.quotes.inside(q.i)) return null;
    // (a numeral closing a name is no pronoun: "World War I", "Title I")
    if (q.i > q.s.first + 1 && isCapitalised(t.value[q.i - 1] as string)) return null;
    return { last: q.i, ref: { label: 'I', kind: 'person', surface: 'I', local: true }, via: 'pronoun' };
  },
};
