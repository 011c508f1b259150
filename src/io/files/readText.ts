// Reading article and data files from disk with the checks a user needs: a missing or
// unreadable file, a directory, a device, a file too large, a binary file (NUL bytes) and
// invalid UTF-8 each get an InputError naming the file and the problem (decoding itself is in
// ./decodeText.ts, shared with the viewer). The limit holds whatever the file is: reading stops
// one byte past it, so a pipe that never ends or a file that grows while it is read is refused
// without being held in memory; a named pipe is opened without waiting for a writer.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError, InputTooLargeError } from '../../errors.ts';
import { decodeText, formatBytes } from './decodeText.ts';

export { decodeText, formatBytes };

const MODULE = 'claimgraph/io/readText';

/** Files larger than this are refused unless the caller raises the limit. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

const READ_CHUNK = 1 << 20;
/** How long to wait between reads of a pipe whose writer has nothing yet. */
const PIPE_POLL_MS = 10;

export interface ReadTextOptions {
  maxBytes?: number;
}

export async function readTextFile(path: string, options: ReadTextOptions = {}): Promise<string> {
  return decodeText(await readFileBounded(path, options), path);
}

/** The bytes of a regular file or a pipe, at most `maxBytes` of them; anything else or anything more is an InputError. */
export async function readFileBounded(path: string, options: ReadTextOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const refuse = (message: string, cause?: unknown) =>
    new InputError(MODULE, `${path}: ${message}`, path, cause === undefined ? undefined : { cause });
  let info: Stats;
  try {
    info = await stat(path);
  } catch (cause) {
    throw refuse(describeFsError(cause), cause);
  }
  const kind = notReadable(info);
  if (kind) throw refuse(kind);
  const tooLarge = (message: string) => new InputTooLargeError(MODULE, `${path}: ${message}`, path);
  if (info.size > maxBytes) throw tooLarge(`is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}`);
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a named pipe does not wait for a writer (it has no effect on files)
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw refuse(describeFsError(cause), cause);
  }
  try {
    // the path may have been replaced between stat and open: check what was opened
    const opened = await handle.stat();
    const replaced = notReadable(opened);
    if (replaced) throw refuse(replaced);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // a file's first read asks for one byte more than its size: a file that grew is noticed
      const want = total === 0 && opened.isFile() ? opened.size + 1 : READ_CHUNK;
      const buffer = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === 'EAGAIN') {
          await sleep(PIPE_POLL_MS);
          continue;
        }
        throw refuse(describeFsError(cause), cause);
      }
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(`is over the limit of ${formatBytes(maxBytes)} (reading stopped there)`);
    }
    if (!total && opened.isFIFO()) throw refuse('is a named pipe with nothing written to it');
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Why a path cannot be read as a text file, or undefined when it can: regular files and pipes can. */
export function notReadable(info: Stats): string | undefined {
  if (info.isFile() || info.isFIFO()) return undefined;
  if (info.isDirectory()) return 'is a directory, not a file';
  if (info.isCharacterDevice()) return 'is a character device, not a file';
  if (info.isBlockDevice()) return 'is a block device, not a file';
  if (info.isSocket()) return 'is a socket, not a file';
  return 'is not a regular file';
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
