// Decoding a dropped or opened file in the browser: the library's decoder (same refusals
// as the command line: binary data, invalid UTF-8) behind the viewer's own size limit.
import { InputError } from '../../../src/errors.ts';
import { decodeText, formatBytes } from '../../../src/io/files/decodeText.ts';

const MODULE = 'claimgraph/web/files';

/** Files larger than this are refused: the viewer holds the whole text and graph in memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function decodeFileBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new InputError(
      MODULE,
      `${name}: is ${formatBytes(bytes.length)}, over the viewer's limit of ${formatBytes(MAX_FILE_BYTES)}`,
      name,
    );
  }
  return decodeText(bytes, name);
}

export async function readFileText(file: File): Promise<string> {
  return decodeFileBytes(new Uint8Array(await file.arrayBuffer()), file.name);
}
