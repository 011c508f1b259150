// Decoding a file's bytes as text, shared by the command line and the viewer (no node:
// imports): a binary file (NUL bytes) and invalid UTF-8 are InputErrors naming the file and
// the offset; a BOM is kept so that offsets match the file as read.
import { InputError } from '../../errors.ts';

const MODULE = 'claimgraph/io/decodeText';

export function decodeText(bytes: Uint8Array, name: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(MODULE, `${name}: is a binary file, not text (NUL byte at offset ${nul})`, name);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(MODULE, `${name}: is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)})`, name, { cause });
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(1)} GiB`;
}

export function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    const chunk = bytes.subarray(i, i + need + 1);
    if (chunk.length < need + 1) return i;
    try {
      decoder.decode(chunk);
    } catch {
      return i;
    }
    i += need + 1;
  }
  return i;
}
