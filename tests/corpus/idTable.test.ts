import { describe, expect, it } from 'vitest';
import { ArticlesRead } from '../../src/corpus/ingest/articlesRead.ts';
import { IdTable } from '../../src/corpus/ingest/idTable.ts';

// ids that a byte encoding would confuse or a short hash would collide: lone surrogates, empty,
// prefixes of one another, non-ASCII, long
const awkward = ['a', 'ab', 'abc', '', '\ud800', '\udc00', '\ufffd', 'Zürich', '东京', 'x'.repeat(10_000), 'a\u0000b'];

describe('IdTable', () => {
  it('numbers each distinct string once, in the order added, and gives it back exactly', () => {
    const table = new IdTable();
    const ids = [...awkward, ...Array.from({ length: 5000 }, (_, i) => `doc-${i}`)];
    const entries = ids.map((id) => table.add(id));
    expect(entries).toEqual(ids.map((_, i) => i));
    expect(ids.map((id) => table.add(id))).toEqual(entries); // again: the same entries
    expect(table.size).toBe(ids.length);
    expect(entries.map((entry) => table.id(entry))).toEqual(ids);
    expect(ids.map((id) => table.find(id))).toEqual(entries);
    expect(['doc-5000', 'abcd', '\ud801', ' a', 'x'.repeat(9_999)].map((id) => table.find(id))).toEqual([
      -1, -1, -1, -1, -1,
    ]);
  });

  it('compares entries as JavaScript compares their strings', () => {
    const table = new IdTable();
    for (const id of awkward) table.add(id);
    const byTable = awkward.map((_, i) => i).sort((a, b) => table.compare(a, b));
    expect(byTable.map((entry) => awkward[entry])).toEqual([...awkward].sort());
  });
});

describe('ArticlesRead', () => {
  it('tells where an id was first read, and hands each pending article out once', () => {
    const read = new ArticlesRead();
    read.add('a1', 'corpus.jsonl', 1);
    read.add('a2', 'corpus.jsonl', 2);
    read.add('b', 'dir/b.txt');
    read.markPending('a2');
    read.markPending('b');
    expect(['a1', 'b', 'c'].map((id) => read.whereRead(id))).toEqual(['corpus.jsonl:1', 'dir/b.txt', undefined]);
    expect(read.pending.size).toBe(2);
    expect(['a1', 'a2', 'b', 'c'].map((id) => read.pending.has(id))).toEqual([false, true, true, false]);
    expect(read.takePending('a2')).toBe(true);
    expect(read.takePending('a2')).toBe(false);
    expect(read.takePending('a1')).toBe(false);
    expect([...read.stillPending()]).toEqual([{ id: 'b', where: 'dir/b.txt' }]);
  });
});
