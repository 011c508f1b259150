// Reading article and data files from disk with the checks a user needs: a missing or
// unreadable file, a directory, a file too large, a binary file (NUL bytes) and invalid
// UTF-8 each get an InputError naming the file and the problem (decoding itself is in
// ./decodeText.ts, shared with the viewer).
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../../errors.ts';
import { decodeText, formatBytes } from './decodeText.ts';

export { decodeText, formatBytes };

const MODULE = 'claimgraph/io/readText';

/** Files larger than this are refused unless the caller raises the limit. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export interface ReadTextOptions {
  maxBytes?: number;
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
    throw new InputError(
      MODULE,
      `${path}: is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}`,
      path,
    );
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
