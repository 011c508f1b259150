// Decoding a dropped or opened file's bytes as UTF-8 text in the browser, with the same
// refusals as the command line (binary data, invalid UTF-8); the library's reader lives in a
// Node-only module (src/io/files/readText.ts imports node:fs), so the browser needs its own.
import { InputError } from '../../../src/errors.ts';

const MODULE = 'claimgraph/web/files';

/** Files larger than this are refused: the viewer holds the whole text and graph in memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function decodeFileBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new InputError(MODULE, `${name}: is ${(bytes.length / 2 ** 20).toFixed(1)} MiB, over the viewer's limit of ${MAX_FILE_BYTES / 2 ** 20} MiB`, name);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(MODULE, `${name}: is a binary file, not text (NUL byte at offset ${nul})`, name);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(MODULE, `${name}: is not valid UTF-8`, name, { cause });
  }
}

export async function readFileText(file: File): Promise<string> {
  return decodeFileBytes(new Uint8Array(await file.arrayBuffer()), file.name);
}
