// The ingest cache, OUT.cache.jsonl beside the output: one line per extracted document (its
// DocResult), appended as soon as a batch comes back from a worker. A run killed midway loses
// only the documents in flight; the next run reads the cache and skips what it holds. A torn
// last line (the kill came mid-write) is ignored. The cache is never read whole: an index of
// where each document's latest line is (id → byte offset, length, date; compact) is built by one
// streaming pass, and records are read back one at a time by offset, so a cache of any size
// can be resumed from and assembled. The documents' content hashes, which ingest needs once
// (to tell what is new), are handed over then and not kept.
import { existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ClaimGraphError, InputError } from '../../errors.ts';
import type { DocumentRecord } from '../../model/index.ts';
import { describeFsError } from '../../io/files/readText.ts';
import { AtomicFile, writeFully } from '../../io/files/atomicWrite.ts';
import { readLines } from '../../io/files/lines.ts';
import { orderKey, type DocResult } from '../assemble.ts';
import { IntList } from '../cluster/index.ts';
import { IdTable } from './idTable.ts';

const MODULE = 'claimgraph/corpus/ingest/cache';
const SYNC_EVERY_MS = 2000;
/** A cache line is a document's text and its statements: longer lines are not read back (the document is extracted again). */
export const CACHE_LINE_MAX_BYTES = 256 * 2 ** 20;

export const cachePath = (output: string): string => `${output}.cache.jsonl`;

/**
 * Where each document's latest line is: its id, byte offset, length and date (its place in corpus
 * order), kept compactly (about 30 bytes a document with a short id: the ids in an IdTable, the
 * rest in typed arrays by the id's number; as a Map of objects, 140 bytes).
 */
export class CacheIndex {
  private readonly ids = new IdTable();
  private readonly offsets: number[] = [];
  private readonly lengths = new IntList();
  /** Per document: its date key's number in `dates` (publicationKey; few distinct). */
  private readonly dateOf = new IntList();
  private readonly dates = new IdTable();
  /** Whole, readable lines, superseded ones included. */
  lines = 0;
  /** The content hash of each document, until takeHashes() hands them over. */
  private hashes: Map<string, string> | undefined = new Map();

  constructor(readonly path: string) {}

  static async read(path: string): Promise<CacheIndex> {
    const index = new CacheIndex(path);
    if (!existsSync(path)) return index;
    for await (const line of readLines(path, { maxLineBytes: CACHE_LINE_MAX_BYTES })) {
      if (!('bytes' in line) || !line.bytes.length) continue;
      let record: DocResult;
      try {
        record = JSON.parse(line.bytes.toString('utf8')) as DocResult;
      } catch {
        continue; // a line cut short by a kill: its document is extracted again
      }
      if (!isDocResult(record)) continue;
      index.lines++;
      index.add(record.document, line.offset, line.bytes.length);
    }
    return index;
  }

  add(document: DocumentRecord, offset: number, length: number): void {
    const entry = this.ids.add(document.id);
    const date = this.dates.add(orderKey(document).dateKey);
    if (entry === this.offsets.length) {
      this.offsets.push(offset);
      this.lengths.push(length);
      this.dateOf.push(date);
    } else {
      this.offsets[entry] = offset;
      this.lengths.set(entry, length);
      this.dateOf.set(entry, date);
    }
    this.hashes?.set(document.id, document.hash as string);
  }

  /** The content hash of every document indexed so far, by id; once: the index then stops keeping them. */
  takeHashes(): Map<string, string> {
    if (!this.hashes) throw new ClaimGraphError(MODULE, `the hashes of ${this.path} were taken already`);
    const hashes = this.hashes;
    this.hashes = undefined;
    return hashes;
  }

  get size(): number {
    return this.ids.size;
  }

  /** A document's id and the length of its line, by its number (0 to size - 1). */
  entry(entry: number): { id: string; length: number } {
    return { id: this.ids.id(entry), length: this.lengths.at(entry) };
  }

  /** The documents' numbers in corpus order (publication date, then id, as assemble.ts's byCorpusOrder sorts), as assembly reads them. */
  inCorpusOrder(): Int32Array {
    const rank = this.dateRanks();
    const order = Int32Array.from({ length: this.size }, (_, entry) => entry);
    return order.sort(
      (a, b) => (rank[this.dateOf.at(a)] as number) - (rank[this.dateOf.at(b)] as number) || this.ids.compare(a, b),
    );
  }

  /** Per date key (its number in `dates`): its place among the date keys, in the order byCorpusOrder sorts them. */
  private dateRanks(): Int32Array {
    const sorted = Int32Array.from({ length: this.dates.size }, (_, date) => date).sort((a, b) =>
      this.dates.compare(a, b),
    );
    const rank = new Int32Array(sorted.length);
    sorted.forEach((date, place) => (rank[date] = place));
    return rank;
  }

  /** The records of the documents numbered `entries`, one at a time, read by offset. */
  async *records(entries: ArrayLike<number>): AsyncGenerator<DocResult> {
    const handle = await open(this.path, 'r');
    try {
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] as number;
        const [offset, length] = [this.offsets[entry] as number, this.lengths.at(entry)];
        const buffer = Buffer.allocUnsafe(length);
        let read = 0;
        while (read < length) {
          const { bytesRead } = await handle.read(buffer, read, length - read, offset + read);
          if (!bytesRead) throw new Error(`${this.path}: shorter than its index (document ${this.ids.id(entry)})`);
          read += bytesRead;
        }
        yield JSON.parse(buffer.toString('utf8')) as DocResult;
      }
    } finally {
      await handle.close();
    }
  }

  /**
   * Rewrites the cache with only each document's latest line, when superseded lines (changed
   * documents) make up a quarter of it or more; atomically, so a kill keeps the old cache.
   */
  async compact(): Promise<boolean> {
    if (this.lines - this.size < Math.max(1, this.lines / 4)) return false;
    const entries = Int32Array.from({ length: this.size }, (_, entry) => entry).sort(
      (a, b) => (this.offsets[a] as number) - (this.offsets[b] as number),
    );
    const file = await AtomicFile.open(this.path);
    try {
      let offset = 0;
      for await (const record of this.records(entries)) {
        const line = `${JSON.stringify(record)}\n`;
        await file.write(line);
        this.add(record.document, offset, Buffer.byteLength(line) - 1);
        offset += Buffer.byteLength(line);
      }
      await file.commit();
    } catch (error) {
      await file.abort();
      throw error;
    }
    this.lines = this.size;
    return true;
  }
}

function isDocResult(record: unknown): record is DocResult {
  const r = record as DocResult | null;
  return !!(
    r?.document?.id &&
    typeof r.document.id === 'string' &&
    typeof r.document.hash === 'string' &&
    Array.isArray(r.statements) &&
    Array.isArray(r.actors)
  );
}

/**
 * Appends records to the cache and to its index. The file is opened at the first append, so
 * a run that extracts nothing leaves no cache behind. Appends are queued, so batches
 * finishing together never interleave.
 */
export class CacheWriter {
  private queue: Promise<void> = Promise.resolve();
  private synced = Date.now();
  private handle?: FileHandle;
  private size = 0;
  private closed?: Promise<void>;

  /** `fresh` empties the cache first: what earlier runs extracted is forgotten. */
  constructor(
    private readonly index: CacheIndex,
    private readonly options: { fresh?: boolean } = {},
  ) {}

  /**
   * Appends at once: a killed process loses nothing written. Syncing to disk (against a power
   * loss) happens at most every SYNC_EVERY_MS and on close, since a sync per batch made the
   * main thread, not extraction, the bottleneck.
   */
  append(records: readonly DocResult[]): Promise<void> {
    const next = this.queue.then(() =>
      this.write(records).catch((cause: unknown) => {
        throw new InputError(MODULE, `cannot write ${this.index.path}: ${describeFsError(cause)}`, this.index.path, {
          cause,
        });
      }),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Waits for the appends under way, syncs and closes; safe to call again. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      await this.queue;
      if (!this.handle) return;
      await this.handle.datasync().catch(() => undefined);
      await this.handle.close();
    })();
    return this.closed;
  }

  private async open(): Promise<FileHandle> {
    const handle = await open(this.index.path, this.options.fresh ? 'w' : 'a');
    this.size = (await handle.stat()).size;
    // A previous run killed mid-line left no newline: start on a fresh line.
    if (this.size > 0) {
      const last = Buffer.alloc(1);
      const reader = await open(this.index.path, 'r');
      await reader.read(last, 0, 1, this.size - 1).finally(() => reader.close());
      if (last[0] !== 0x0a) {
        await writeFully(handle, Buffer.from('\n'));
        this.size++;
      }
    }
    return handle;
  }

  private async write(records: readonly DocResult[]): Promise<void> {
    if (!records.length) return;
    this.handle ??= await this.open();
    const lines = records.map((r) => Buffer.from(`${JSON.stringify(r)}\n`));
    await writeFully(this.handle, Buffer.concat(lines));
    for (const [i, record] of records.entries()) {
      const length = (lines[i] as Buffer).length;
      this.index.add(record.document, this.size, length - 1);
      this.index.lines++;
      this.size += length;
    }
    if (Date.now() - this.synced >= SYNC_EVERY_MS) {
      this.synced = Date.now();
      await this.handle.datasync();
    }
  }
}
