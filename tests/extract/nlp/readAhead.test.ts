// Reading articles ahead in batches gives each article the token table `tokenize` gives it alone,
// in order, whatever the batch: many short articles, one long one among them, none.
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../src/extract/nlp/readAhead.ts';
import { tokenize } from '../../../src/extract/nlp/tokens.ts';

const short = (n: number) => ({ id: `a${n}`, text: `Ana Lind${n} said the L.P. deal was off. Trump’s aide agreed.` });

describe('readAhead', () => {
  it.each([
    ['none', []],
    ['one', [short(0)]],
    ['more than a batch', Array.from({ length: 70 }, (_, n) => short(n))],
    [
      'a long article among short ones',
      [short(0), { id: 'long', text: 'Ana Lind said so. '.repeat(20_000) }, short(1)],
    ],
  ])('%s: each article with its own token table, in order', (_name, articles) => {
    const read = [...readAhead(articles)];
    expect(read.map(([a]) => a)).toEqual(articles);
    read.forEach(([a, table]) => expect(table).toEqual(tokenize(a.text)));
  });
});
