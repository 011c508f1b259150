// Search over names, aliases and claim text: prefix and fuzzy matches, actors first.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchGraph } from '../../../web/src/search/searchIndex.ts';
import { tinyGraph } from '../reducers/fixture.ts';

const index = buildSearchIndex(tinyGraph());
const keys = (query: string) => searchGraph(index, query).map((hit) => hit.key);

describe('searchGraph', () => {
  const cases: [string, string, string[]][] = [
    ['a full name', 'Gamma', ['actor:c']],
    ['a name prefix', 'Gam', ['actor:c']],
    ['an alias', 'Al', ['actor:a']],
    ['a misspelt name', 'Alpja', ['actor:a']],
    ['claim text', 'bridge', ['claim:d/s1']],
    ['several words, all required', 'bridge open', ['claim:d/s1']],
    ['a document title', 'document', ['doc:d']],
    ['nothing for blank input', '   ', []],
    ['nothing for an unknown word', 'zeppelin', []],
  ];
  it.each(cases)('finds %s', (_name, query, expected) => {
    expect(keys(query)).toEqual(expected);
  });

  it('caps the number of hits', () => {
    expect(searchGraph(index, 'a', 2).length).toBeLessThanOrEqual(2);
  });
});
