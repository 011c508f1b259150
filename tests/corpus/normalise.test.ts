import { describe, expect, it } from 'vitest';
import { contentSignature, jaccard, normaliseName, sameContent, slug } from '../../src/corpus/normalise.ts';

describe('normaliseName', () => {
  it.each([
    ['the U.N.', 'un'],
    ['The Kremlin', 'kremlin'],
    ['Syrian Observatory for Human Rights', 'syrian observatory for human rights'],
    ['São Tomé', 'sao tome'],
    ['Al-Nusra  Front', 'al nusra front'],
    ["People's Republic", 'peoples republic'],
  ])('%j → %j', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe('contentSignature', () => {
  it.each([
    ['over 341 people were killed in east Aleppo', ['341', 'over', 'people', 'killed', 'east', 'aleppo'], '341'],
    ['1,200 civilians had fled', ['1200', 'civilian', 'fled'], '1200'],
    ['of backtracking on the agreement', ['backtracking', 'agreement'], ''],
    ['the charge', ['charge'], ''],
    [
      '3.5 million people need aid, 12 agencies said',
      ['3.5', 'million', 'people', 'need', 'aid', '12', 'agencie', 'said'],
      '12 3.5',
    ],
  ])('%j', (text, tokens, numbers) => {
    const signature = contentSignature(text);
    expect([...signature.tokens].sort()).toEqual([...tokens].sort());
    expect(signature.numbers).toBe(numbers);
  });
});

describe('sameContent', () => {
  it.each([
    ['over 341 people were killed in east Aleppo', '341 people were killed in east Aleppo', 0.7, true],
    ['at least 120 people were killed in the old port', 'at least 121 people were killed in the old port', 0.7, false],
    ['talks with Russia on the old port', 'talks with Russia on the old market', 0.7, false],
    ['of violating the ceasefire', 'of violating the ceasefire', 1, true],
    ['it had agreed to a ceasefire', 'it had not agreed to a ceasefire', 0.7, false],
  ])('%j ~ %j at %d: %s', (a, b, threshold, expected) => {
    expect(sameContent(contentSignature(a), contentSignature(b), threshold)).toBe(expected);
  });

  it('jaccard of two empty sets is 1, of disjoint sets 0', () => {
    expect(jaccard(new Set(), new Set())).toBe(1);
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0);
  });
});

describe('slug', () => {
  it.each([
    ['Agence France-Presse', 'agence-france-presse'],
    ['The Guardian', 'guardian'],
    ['!!!', 'unnamed'],
  ])('%j → %j', (input, expected) => expect(slug(input)).toBe(expected));
});
