import { describe, expect, it } from 'vitest';
import { byCorpusOrder, orderKey } from '../../src/corpus/assemble.ts';
import { CacheIndex } from '../../src/corpus/ingest/cache.ts';
import type { DocumentRecord } from '../../src/model/index.ts';

const documents: DocumentRecord[] = [
  { id: 'b', published: '2026-03-01' },
  { id: 'a', published: '2026-03-01' },
  { id: 'Zed', published: 'Sun, 01 Mar 2026 10:00:00 GMT' },
  { id: 'c' },
  { id: 'ä', published: '2025-12-31' },
  { id: 'a10', published: '2025-12-31' },
  { id: 'a9' },
  { id: '\ud800', published: '2026-03-01T09:30:00Z' },
];

describe('CacheIndex', () => {
  it('puts documents in corpus order as byCorpusOrder sorts them (date, then id)', () => {
    const index = new CacheIndex('/nonexistent/cache.jsonl');
    documents.forEach((document, i) => index.add({ ...document, hash: `h${i}` }, i * 100, 99));
    const expected = documents
      .map((d) => orderKey(d))
      .sort(byCorpusOrder)
      .map((k) => k.id);
    expect([...index.inCorpusOrder()].map((entry) => index.entry(entry).id)).toEqual(expected);
  });

  it('keeps the latest line of a document added twice', () => {
    const index = new CacheIndex('/nonexistent/cache.jsonl');
    index.add({ id: 'a', hash: 'h1' }, 0, 10);
    index.add({ id: 'b', hash: 'h2' }, 11, 20);
    index.add({ id: 'a', hash: 'h3' }, 32, 30);
    expect(index.size).toBe(2);
    expect(index.entry(0)).toEqual({ id: 'a', length: 30 });
    expect(index.takeHashes()).toEqual(
      new Map([
        ['a', 'h3'],
        ['b', 'h2'],
      ]),
    );
  });
});
