// by-name-or-post answers "does this label hold the noun as a word?" without its pattern when both
// are ASCII and the label lacks the noun's letters; the answer must be the pattern's, whatever the
// case, punctuation and non-ASCII letters (the long s and the Kelvin sign fold onto ASCII letters).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { holdsWord, wordTest } from '../../../../src/extract/actors/resolve/description/byNameOrPost.ts';

const LETTERS = [
  'a',
  'g',
  'e',
  'n',
  'c',
  'y',
  'k',
  's',
  'A',
  'G',
  'N',
  'K',
  'S',
  ' ',
  '-',
  '.',
  "'",
  '1',
  'ſ',
  'K',
  'é',
];
const text = fc.array(fc.constantFrom(...LETTERS), { maxLength: 14 }).map((cs) => cs.join(''));

describe('by-name-or-post word test', () => {
  it('gives the pattern’s answer', () => {
    fc.assert(
      fc.property(text, text, (noun, label) => {
        const test = wordTest(noun);
        expect(holdsWord(test, label)).toBe(test.pattern.test(label));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the noun as a word in any case, and only as a word', () => {
    const test = wordTest('agency');
    expect(holdsWord(test, 'Norland Energy Agency')).toBe(true);
    expect(holdsWord(test, 'the AGENCY’s chief')).toBe(true);
    expect(holdsWord(test, 'Agencyville')).toBe(false);
    expect(holdsWord(wordTest('kiss'), 'the KISS army')).toBe(true);
    expect(holdsWord(wordTest('kiss'), 'the \u212Aiſſ army')).toBe(true);
  });
});
