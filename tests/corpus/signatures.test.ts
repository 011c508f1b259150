import { describe, expect, it } from 'vitest';
import { IntList, SignatureStore } from '../../src/corpus/cluster/signatures.ts';
import { PostingLists } from '../../src/corpus/cluster/postings.ts';
import { contentSignature, jaccard } from '../../src/corpus/normalise.ts';

const contents = [
  'over 341 people were killed in east Aleppo',
  'more than 341 people were killed in eastern Aleppo',
  'at least 341 civilians died in east Aleppo',
  'the rebels will not negotiate with the government',
  'rebels will never negotiate with the government in Damascus',
  'denied the charge',
  'the',
  '',
];

describe('SignatureStore', () => {
  it('gives every pair of contents the Jaccard similarity of their word sets, or -1 when their figures differ', () => {
    const store = new SignatureStore();
    const kept = contents.map((text, i) => store.add(`s${i}`, store.code(contentSignature(text))));
    for (const [i, a] of contents.entries())
      for (const b of contents) {
        const [sa, sb] = [contentSignature(a), contentSignature(b)];
        const expected = sa.numbers === sb.numbers ? jaccard(sa.tokens, sb.tokens) : -1;
        expect(store.similarity(kept[i] as number, store.code(sb))).toBe(expected);
      }
    expect(kept.map((handle) => store.id(handle))).toEqual(contents.map((_, i) => `s${i}`));
  });

  it('keeps a word once, whichever signature brings it', () => {
    const store = new SignatureStore();
    const first = store.code(contentSignature('rebels shelled the port'));
    const second = store.code(contentSignature('the port was shelled by rebels'));
    expect(second.order.filter((word) => first.order.includes(word))).toHaveLength(3); // rebel, shelled, port
    expect([...second.sorted]).toEqual([...second.order].sort((a, b) => a - b));
  });
});

describe('IntList', () => {
  it('grows past its first capacity and keeps every value', () => {
    const list = new IntList(2);
    for (let i = 0; i < 100; i++) list.push(i * 3);
    list.set(5, -7);
    expect(list.length).toBe(100);
    expect([0, 1, 5, 99].map((i) => list.at(i))).toEqual([0, 3, -7, 297]);
  });
});

describe('PostingLists', () => {
  it('reads each list in the order it was added to, lists interleaved', () => {
    const postings = new PostingLists();
    const a = postings.open(1);
    const b = postings.open(10);
    postings.append(a, 2);
    postings.append(b, 20);
    postings.append(a, 3);
    const read = (list: number) => {
      const out: number[] = [];
      for (let entry = postings.first(list); entry !== -1; entry = postings.after(entry))
        out.push(postings.value(entry));
      return out;
    };
    expect(read(a)).toEqual([1, 2, 3]);
    expect(read(b)).toEqual([10, 20]);
  });
});
