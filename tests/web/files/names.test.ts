// File-name helpers: document ids of dropped articles and names of exports.
import { describe, expect, it } from 'vitest';
import { articleId, baseName } from '../../../web/src/files/names.ts';

describe('articleId', () => {
  it.each([
    ['aleppo-2016.txt', 'aleppo-2016'],
    ['report.v2.txt', 'report.v2'],
    ['notes', 'notes'],
    ['.txt', '.txt'],
  ])('%s → %s', (name, id) => expect(articleId(name)).toBe(id));
});

describe('baseName', () => {
  it.each([
    ['graph/annotations/aleppo-2016.json', 'aleppo-2016'],
    ['C:\\data\\a.gexf', 'a'],
    ['a b.txt, c.txt', 'a-b'],
    ['synthetic-20000', 'synthetic-20000'],
    ['', 'claimgraph'],
  ])('%s → %s', (source, name) => expect(baseName(source)).toBe(name));
});
