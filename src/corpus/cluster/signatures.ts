// The signatures of the clusters formed so far, kept compactly: a corpus has one cluster per
// distinct claim, hundreds of thousands of them, and a content signature as JavaScript holds
// (a Set of word strings) costs about a kilobyte. Here every word is a number (each distinct
// word's string is kept once, in the vocabulary), a cluster's words are a sorted run of those
// numbers in one growing typed array, and a cluster is itself a number (a handle): about
// 4 bytes per word and 20 per cluster.
import type { ContentSignature } from '../normalise.ts';

/** A signature with its words as numbers: in the signature's own order (`order`) and sorted (`sorted`). */
export interface CodedSignature {
  order: readonly number[];
  sorted: Int32Array;
  numbers: number;
}

/** A growing array of 32-bit integers. */
export class IntList {
  private data: Int32Array;
  private used = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  get length(): number {
    return this.used;
  }

  push(value: number): void {
    if (this.used === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.used++] = value;
  }

  at(index: number): number {
    return this.data[index] as number;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }
}

/** Strings as numbers, in order of first appearance. */
class Vocabulary {
  private readonly ids = new Map<string, number>();

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }
}

export class SignatureStore {
  private readonly words = new Vocabulary();
  private readonly figures = new Vocabulary();
  /** The words of all clusters, one sorted run after another. */
  private readonly runs = new IntList(1 << 16);
  /** Per cluster: where its run starts (it ends where the next starts), its figures, its id. */
  private readonly starts = new IntList();
  private readonly numbers = new IntList();
  private readonly idList: string[] = [];

  /** The signature with its words and figures as numbers (new words join the vocabulary). */
  code(signature: ContentSignature): CodedSignature {
    const order = [...signature.tokens].map((word) => this.words.id(word));
    return { order, sorted: Int32Array.from(order).sort(), numbers: this.figures.id(signature.numbers) };
  }

  /** Keeps a cluster started by statement `id`; returns its handle. */
  add(id: string, signature: CodedSignature): number {
    const handle = this.idList.length;
    this.idList.push(id);
    this.starts.push(this.runs.length);
    this.numbers.push(signature.numbers);
    for (const word of signature.sorted) this.runs.push(word);
    return handle;
  }

  /** The ids of all the clusters, by handle: what outlives the signatures once no cluster is compared (ClaimClusterer.seal). */
  get ids(): readonly string[] {
    return this.idList;
  }

  /** The id of the statement that started the cluster. */
  id(handle: number): string {
    return this.idList[handle] as string;
  }

  /** The Jaccard similarity of the cluster's words and the signature's (see normalise.ts), or -1 when their figures differ. */
  similarity(handle: number, signature: CodedSignature): number {
    if (this.numbers.at(handle) !== signature.numbers) return -1;
    const start = this.starts.at(handle);
    const end = handle + 1 < this.idList.length ? this.starts.at(handle + 1) : this.runs.length;
    const words = signature.sorted;
    const size = end - start;
    if (!size && !words.length) return 1;
    let shared = 0;
    for (let i = start, j = 0; i < end && j < words.length;) {
      const a = this.runs.at(i);
      const b = words[j] as number;
      if (a === b) {
        shared++;
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
    return shared / (size + words.length - shared);
  }
}
