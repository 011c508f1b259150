// "Donald Brenner and Ana Okafor vied for the post": a capitalised run joined by "and" is two
// persons, not one organisation, when each side is a short run of proper nouns and one side reads
// as a person (opens with a given name, or ends with the surname of a person named before). The
// mention is the first person alone, found by the other unknown-name rules; the second is found
// when the scan reaches it. "Harlow and Delmar Railway" or "Procter and Gamble" stay whole.
import { firstRule } from '../../../rules/index.ts';
import { GIVEN_NAME_GENDER } from '../../../lexicon/genders.ts';
import { narrowed, type UnknownNameQuery, type UnknownNameRule } from './query.ts';
import { UNKNOWN_NAME_RULES } from './table.ts';

/** Words a side may have: a name of one to three words. */
const MAX_SIDE = 3;

export const coordinatedPersons: UnknownNameRule = {
  name: 'coordinated-persons',
  description: 'a capitalised run "X and Y" naming two persons is the first of them',
  examples: [
    { text: 'Donald Brenner and Ana Okafor vied for the post on Wednesday.', expected: 'Donald Brenner' },
    { text: 'Ana Okafor met Tomas Berg. Later Berg and Okafor said the deal was done.', expected: 'Tomas Berg' },
    { text: 'The Harlow and Delmar Railway said the line was closed.', expected: null },
  ],
  apply: (q) => {
    const and = joiningAnd(q);
    if (and < 0) return null;
    const first = firstRule(UNKNOWN_NAME_RULES, narrowed(q, and - 1));
    return first && first.result.via !== 'weak' ? first.result : null;
  },
};

/** The "and" between two short person-like runs of proper nouns in the query's run, or -1. */
function joiningAnd(q: UnknownNameQuery): number {
  const { t } = q.doc;
  let and = -1;
  for (let j = q.i + 1; j < q.end; j++) {
    if (t.lower[j] !== 'and') continue;
    if (and >= 0) return -1;
    and = j;
  }
  if (and < 0 || and - q.i > MAX_SIDE || q.end - and > MAX_SIDE) return -1;
  for (let j = q.i; j <= q.end; j++) if (j !== and && t.pos[j] !== 'PROPN') return -1;
  const personLike = (from: number, to: number) =>
    GIVEN_NAME_GENDER.has(t.lower[from] as string) || q.doc.isSurname(t.value[to] as string);
  return personLike(q.i, and - 1) || personLike(and + 1, q.end) ? and : -1;
}
