// The ingest cache, OUT.cache.jsonl beside the output: one line per extracted document
// (its DocResult), appended as soon as a batch comes back from a worker. A run killed
// midway loses only the documents in flight; the next run reads the cache and skips what
// it holds. A torn last line (the kill came mid-write) is ignored.
import { existsSync } from 'node:fs';
import { open, readFile, type FileHandle } from 'node:fs/promises';
import type { DocResult } from '../assemble.ts';

const SYNC_EVERY_MS = 2000;

export const cachePath = (output: string): string => `${output}.cache.jsonl`;

export async function readCache(path: string): Promise<Map<string, DocResult>> {
  const results = new Map<string, DocResult>();
  if (!existsSync(path)) return results;
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (!line) continue;
    try {
      const record = JSON.parse(line) as DocResult;
      if (
        record?.document?.id &&
        record.document.hash &&
        Array.isArray(record.statements) &&
        Array.isArray(record.actors)
      ) {
        results.set(record.document.id, record);
      }
    } catch {
      // a line cut short by a kill: its document is extracted again
    }
  }
  return results;
}

export class CacheWriter {
  private constructor(private readonly handle: FileHandle) {}

  static async open(path: string): Promise<CacheWriter> {
    const handle = await open(path, 'a');
    // A previous run killed mid-line left no newline: start on a fresh line.
    const { size } = await handle.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      const reader = await open(path, 'r');
      await reader.read(last, 0, 1, size - 1);
      await reader.close();
      if (last[0] !== 0x0a) await handle.write('\n');
    }
    return new CacheWriter(handle);
  }

  private synced = Date.now();

  /**
   * Appends at once: a killed process loses nothing written. Syncing to disk (against a power
   * loss) happens at most every SYNC_EVERY_MS and on close, since a sync per batch made the
   * main thread, not extraction, the bottleneck.
   */
  async append(records: readonly DocResult[]): Promise<void> {
    if (!records.length) return;
    await this.handle.write(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    if (Date.now() - this.synced >= SYNC_EVERY_MS) {
      this.synced = Date.now();
      await this.handle.datasync();
    }
  }

  async close(): Promise<void> {
    await this.handle.datasync();
    await this.handle.close();
  }
}
