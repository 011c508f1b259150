// A set of strings (article ids, source paths) kept compactly, each numbered in the order it was
// added: ingest holds one entry per article of the corpus (what the first pass read, the cache's
// index), and as JavaScript strings in a Map an id costs 60–160 bytes with its entry; here its
// UTF-16 code units sit in one growing typed array (2 bytes each; exact for any string, lone
// surrogates included) and its entry costs about 16 bytes more (start, hash, two hash-table
// slots). Callers keep what they know of an entry in typed arrays of their own, by its number.
import { ClaimGraphError } from '../../errors.ts';
import { IntList } from '../cluster/index.ts';

const MODULE = 'claimgraph/corpus/ingest/idTable';
/** Code units of all the strings together: an Int32 start each. */
const MAX_UNITS = 2 ** 31 - 1;

export class IdTable {
  private units = new Uint16Array(1 << 16);
  private used = 0;
  /** Per entry: where its code units start (they end where the next entry's start) and its hash. */
  private readonly starts = new IntList();
  private readonly hashes = new IntList();
  /** Open addressing: entry + 1 per slot, 0 when free; at most half full. */
  private slots = new Int32Array(1 << 10);

  get size(): number {
    return this.starts.length;
  }

  /** The entry of `id`, or -1. */
  find(id: string): number {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === 0) return -1;
      if (this.hashes.at(held - 1) === hash && this.equals(held - 1, id)) return held - 1;
    }
  }

  /** The entry of `id`: the one it had, or a new one numbered `size` before the call. */
  add(id: string): number {
    const found = this.find(id);
    if (found !== -1) return found;
    if (this.used + id.length > MAX_UNITS)
      throw new ClaimGraphError(MODULE, `more than ${MAX_UNITS} characters of ids: too many articles for one run`);
    while (this.used + id.length > this.units.length) {
      const bigger = new Uint16Array(Math.min(MAX_UNITS, this.units.length * 2));
      bigger.set(this.units.subarray(0, this.used));
      this.units = bigger;
    }
    for (let i = 0; i < id.length; i++) this.units[this.used + i] = id.charCodeAt(i);
    const entry = this.size;
    this.starts.push(this.used);
    this.hashes.push(hashOf(id));
    this.used += id.length;
    if (2 * (entry + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry);
    return entry;
  }

  /** The string of an entry. */
  id(entry: number): string {
    const start = this.starts.at(entry);
    const end = this.end(entry);
    let text = '';
    // String.fromCharCode takes its code units as arguments: a few thousand at a time
    for (let from = start; from < end; from += 4096)
      text += String.fromCharCode(...this.units.subarray(from, Math.min(end, from + 4096)));
    return text;
  }

  /** Compares the strings of two entries as JavaScript compares strings (by UTF-16 code unit). */
  compare(a: number, b: number): number {
    const startA = this.starts.at(a);
    const startB = this.starts.at(b);
    const lengthA = this.end(a) - startA;
    const lengthB = this.end(b) - startB;
    for (let i = 0; i < lengthA && i < lengthB; i++) {
      const d = (this.units[startA + i] as number) - (this.units[startB + i] as number);
      if (d) return d;
    }
    return lengthA - lengthB;
  }

  private end(entry: number): number {
    return entry + 1 < this.size ? this.starts.at(entry + 1) : this.used;
  }

  private equals(entry: number, id: string): boolean {
    const start = this.starts.at(entry);
    if (this.end(entry) - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.units[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes.at(entry) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    for (let entry = 0; entry < this.size; entry++) this.place(entry);
  }
}

/** FNV-1a over the UTF-16 code units, as a 32-bit integer. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash | 0;
}
