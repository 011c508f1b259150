// Reading article and data files from disk with the checks a user needs: a missing or
// unreadable file, a directory, a file too large, a binary file (NUL bytes) and invalid
// UTF-8 each get an InputError naming the file and the problem.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../../errors.ts';

const MODULE = 'claimgraph/io/readText';

/** Files larger than this are refused unless the caller raises the limit. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export interface ReadTextOptions {
  maxBytes?: number;
}

/** Decodes UTF-8 bytes, rejecting NUL bytes and invalid sequences; a BOM is kept so offsets match the file. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(MODULE, `${name}: is a binary file, not text (NUL byte at offset ${nul})`, name);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(MODULE, `${name}: is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)})`, name, { cause });
  }
}

export async function readTextFile(path: string, options: ReadTextOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new InputError(MODULE, `${path}: ${describeFsError(cause)}`, path, { cause });
  }
  if (info.isDirectory()) throw new InputError(MODULE, `${path}: is a directory, not a file`, path);
  if (info.size > maxBytes) {
    throw new InputError(MODULE, `${path}: is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}`, path);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new InputError(MODULE, `${path}: ${describeFsError(cause)}`, path, { cause });
  }
  return decodeText(bytes, path);
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
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(1)} GiB`;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    const chunk = bytes.subarray(i, i + need + 1);
    if (chunk.length < need + 1) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk);
    } catch {
      return i;
    }
    i += need + 1;
  }
  return i;
}
