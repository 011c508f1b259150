// A spool: records set aside on disk while a stream is written, read back later in the same
// order, one JSON line each. Used where an output format wants a section whose content is
// produced early after one that is known only at the end (statements@1's actors come before
// its statements). The file sits beside the output, named like the atomic writer's temporary
// files, so one left by a killed run is removed by the next run; it is deleted after use.
import { randomBytes } from 'node:crypto';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../errors.ts';
import { writeFully } from './atomicWrite.ts';
import { readLines } from './lines.ts';
import { describeFsError } from './readText.ts';

const CHUNK = 1 << 20;

export class Spool<T> {
  private pending: string[] = [];
  private pendingBytes = 0;
  count = 0;

  private constructor(
    readonly path: string,
    private handle: FileHandle | undefined,
  ) {}

  /** A new spool beside `near` (a file path). */
  static async create<T>(near: string): Promise<Spool<T>> {
    const path = join(dirname(near), `.${basename(near)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      return new Spool<T>(path, await open(path, 'wx'));
    } catch (cause) {
      throw spoolError(path, cause);
    }
  }

  async push(record: T): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    this.pending.push(line);
    this.pendingBytes += line.length;
    this.count++;
    if (this.pendingBytes >= CHUNK) await this.flush();
  }

  /** The records in the order pushed. */
  async *read(): AsyncGenerator<T> {
    await this.flush();
    for await (const line of readLines(this.path, { maxLineBytes: Number.MAX_SAFE_INTEGER }))
      if ('bytes' in line && line.bytes.length) yield JSON.parse(line.bytes.toString('utf8')) as T;
  }

  async dispose(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close().catch(() => undefined);
    await unlink(this.path).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (!this.pendingBytes) return;
    const data = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingBytes = 0;
    try {
      await writeFully(this.handle as FileHandle, data);
    } catch (cause) {
      throw spoolError(this.path, cause);
    }
  }
}

const spoolError = (path: string, cause: unknown) =>
  new InputError('claimgraph/io/spool', `cannot write in ${dirname(path)}: ${describeFsError(cause)}`, path, { cause });
