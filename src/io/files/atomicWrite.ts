// Atomic output: data goes to a temporary file beside the target, every write checked to the
// last byte (a full disk is an error, never a short file), is synced, then renamed over the
// target. A failure or a kill midway leaves the previous file intact; a failure removes the
// temporary file, and temporary files of killed runs are removed by the next write to the same
// target. An existing target keeps its permissions (and, for root, its owner); a symbolic link
// is written through, to the file it points to; a device or pipe (`-o /dev/null`) is written to
// directly, since there is no file to replace.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, chown, lstat, open, readdir, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { checkpoint } from '../../checkpoint.ts';
import { InputError } from '../../errors.ts';
import { processAlive } from './processAlive.ts';
import { describeFsError } from './readText.ts';

const MODULE = 'claimgraph/io/atomicWrite';

/** Bytes gathered before one write call: large enough to be cheap, small enough to stream. */
export const WRITE_CHUNK_BYTES = 1 << 20;

export type OutputContent = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

export interface AtomicWriteOptions {
  /** Bytes per write call (tests make it small to fail at many chunk boundaries). */
  chunkBytes?: number;
}

/** `.OUT.<pid>.<hex>.tmp` beside OUT: the pid tells a later run whether its writer is gone. */
const tempName = (target: string, pid: number, tag: string) =>
  join(dirname(target), `.${basename(target)}.${pid}.${tag}.tmp`);
const TEMP_PATTERN = /^\.(.+)\.(\d+)\.([0-9a-f]+)\.tmp$/;

/** A temporary file of this process beside `target`, named as those of atomic writes, so that a killed run's is removed by the next write to the target. */
export const tempFileBeside = (target: string): string => tempName(target, process.pid, randomBytes(4).toString('hex'));

/** An output being written: `write` chunks, then `commit` (rename into place) or `abort` (nothing changes). */
export class AtomicFile {
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private done = false;
  private prepared = false;

  private constructor(
    /** The path as the user gave it, for messages. */
    readonly path: string,
    private readonly target: string,
    private readonly temp: string | undefined,
    private handle: FileHandle | undefined,
    private readonly mode: { mode: number; uid: number; gid: number } | undefined,
    private readonly chunkBytes: number,
  ) {}

  static async open(path: string, options: AtomicWriteOptions = {}): Promise<AtomicFile> {
    const chunkBytes = options.chunkBytes ?? WRITE_CHUNK_BYTES;
    let target: string;
    let existing;
    try {
      target = await resolveTarget(path);
      existing = await stat(target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
    } catch (cause) {
      throw failure(path, cause);
    }
    if (existing?.isDirectory()) throw new InputError(MODULE, `cannot write ${path}: is a directory`, path);
    if (existing && !existing.isFile()) {
      // a device or a pipe: nothing to replace atomically, and renaming over it would remove it
      try {
        const handle = await open(target, constants.O_WRONLY | constants.O_APPEND);
        return new AtomicFile(path, target, undefined, handle, undefined, chunkBytes);
      } catch (cause) {
        throw failure(path, cause);
      }
    }
    await removeStaleTemps(target);
    const temp = tempName(target, process.pid, randomBytes(4).toString('hex'));
    try {
      const handle = await open(temp, 'wx');
      const mode = existing ? { mode: existing.mode & 0o7777, uid: existing.uid, gid: existing.gid } : undefined;
      return new AtomicFile(path, target, temp, handle, mode, chunkBytes);
    } catch (cause) {
      throw failure(path, cause);
    }
  }

  /** Adds a chunk; it reaches the disk once enough has gathered (and every byte is checked). */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.done) throw new InputError(MODULE, `cannot write ${this.path}: already closed`, this.path);
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!bytes.length) return;
    this.buffered.push(bytes);
    this.bufferedBytes += bytes.length;
    if (this.bufferedBytes >= this.chunkBytes) await this.flush();
  }

  /**
   * Writes what is left, syncs and closes the temporary file, with the old file's mode: all
   * but the rename. Files written together are all prepared before any is committed.
   */
  async prepare(): Promise<void> {
    if (this.prepared) return;
    try {
      await this.flush();
      const handle = this.handle as FileHandle;
      if (this.temp) {
        await handle.sync();
        if (this.mode) {
          await chmod(this.temp, this.mode.mode);
          if (process.getuid?.() === 0) await chown(this.temp, this.mode.uid, this.mode.gid).catch(() => undefined);
        }
      }
      this.handle = undefined;
      await handle.close();
      this.prepared = true;
    } catch (cause) {
      await this.abort();
      throw failure(this.path, cause);
    }
  }

  /** Prepares, then renames into place. */
  async commit(): Promise<void> {
    await this.prepare();
    try {
      checkpoint('write');
      if (this.temp) {
        await rename(this.temp, this.target);
        await syncDirectory(dirname(this.target));
      }
      this.done = true;
    } catch (cause) {
      await this.abort();
      throw failure(this.path, cause);
    }
  }

  /** Closes and removes the temporary file; the target is as it was. Safe to call twice. */
  async abort(): Promise<void> {
    this.done = true;
    this.buffered = [];
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close().catch(() => undefined);
    if (this.temp) await unlink(this.temp).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (!this.bufferedBytes) return;
    const data = this.buffered.length === 1 ? (this.buffered[0] as Buffer) : Buffer.concat(this.buffered);
    this.buffered = [];
    this.bufferedBytes = 0;
    try {
      await writeFully(this.handle as FileHandle, data);
    } catch (cause) {
      await this.abort();
      throw failure(this.path, cause);
    }
  }
}

/** Writes `content` (a string, bytes, or chunks produced one at a time) to `path` atomically. */
export async function writeFileAtomic(
  path: string,
  content: OutputContent,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await writeFilesAtomic([{ path, content }], options);
}

/**
 * Writes several files that belong together (a CSV export's nodes and edges, a synthetic
 * corpus and its truth): every one is written and synced to its temporary file first, then
 * all are renamed; a failure while writing leaves every target untouched.
 */
export async function writeFilesAtomic(
  files: readonly { path: string; content: OutputContent }[],
  options: AtomicWriteOptions = {},
): Promise<void> {
  const open: AtomicFile[] = [];
  try {
    for (const { path, content } of files) {
      const file = await AtomicFile.open(path, options);
      open.push(file);
      try {
        if (typeof content === 'string' || content instanceof Uint8Array) await file.write(content);
        else for await (const chunk of content) await file.write(chunk);
      } catch (cause) {
        throw failure(path, cause);
      }
    }
    for (const file of open) await file.prepare();
  } catch (error) {
    await Promise.all(open.map((file) => file.abort()));
    throw error;
  }
  for (const file of open) await file.commit();
}

/**
 * A write call may write fewer bytes than asked (a disk filling up does that before it fails):
 * write the rest until all is written; a call that writes nothing is a full disk.
 */
export async function writeFully(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

/** The file a path writes to: a symbolic link (or a chain of them) is followed, even to a file not yet there. */
async function resolveTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!info?.isSymbolicLink()) return info ? current : join(await realpath(dirname(current)), basename(current));
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}

/** Temporary files of this target left by runs that were killed (their pid is gone). */
async function removeStaleTemps(target: string): Promise<void> {
  const name = basename(target);
  let entries: string[];
  try {
    entries = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = TEMP_PATTERN.exec(entry);
    if (!match || match[1] !== name) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || processAlive(pid)) continue;
    await unlink(join(dirname(target), entry)).catch(() => undefined);
  }
}

/** After a rename, the directory entry itself reaches the disk only when the directory is synced. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle
    .sync()
    .catch(() => undefined)
    .finally(() => handle.close().catch(() => undefined));
}

function failure(path: string, cause: unknown): InputError {
  if (cause instanceof InputError && cause.module === MODULE) return cause;
  return new InputError(MODULE, `cannot write ${path}: ${describeFsError(cause)}`, path, { cause });
}
