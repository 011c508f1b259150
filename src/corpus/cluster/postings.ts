// The inverted index of a corpus's claim clusters (which clusters of a bucket hold a word),
// kept as linked lists in growing typed arrays that every bucket of the corpus shares: a list
// per bucket and word as a JavaScript array costs some 80 bytes with a few entries, here each
// entry costs 8 and each list 8 more, besides the bucket's map from word to list.
import { IntList } from './signatures.ts';

/** Lists of numbers, each read in the order it was added to. */
export class PostingLists {
  /** Per list: its first and its last entry. */
  private readonly heads = new IntList();
  private readonly tails = new IntList();
  /** Per entry: its value and the next entry of its list (-1 at the end). */
  private readonly values = new IntList(1 << 16);
  private readonly next = new IntList(1 << 16);

  /** A new list holding `value`; returns the list's number. */
  open(value: number): number {
    const entry = this.entry(value);
    this.heads.push(entry);
    this.tails.push(entry);
    return this.heads.length - 1;
  }

  append(list: number, value: number): void {
    const entry = this.entry(value);
    this.next.set(this.tails.at(list), entry);
    this.tails.set(list, entry);
  }

  /** A list's first entry; `after` gives the next (-1 past the last), `value` an entry's value. */
  first(list: number): number {
    return this.heads.at(list);
  }

  after(entry: number): number {
    return this.next.at(entry);
  }

  value(entry: number): number {
    return this.values.at(entry);
  }

  private entry(value: number): number {
    this.values.push(value);
    this.next.push(-1);
    return this.values.length - 1;
  }
}
