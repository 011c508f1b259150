// A file's text as a stream of decoded pieces, for the graph readers, which take files of any
// size: no size limit, and memory holds one piece at a time. The checks are those of
// readText.ts, made as the bytes come: a missing or unreadable file or a directory, a binary
// file (a NUL byte, with its offset) and invalid UTF-8 (with the offset of the first bad byte)
// are InputErrors naming the file. A BOM at the start is dropped (graph files carry no
// offsets into themselves). Pieces never split a character.
import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from '../../errors.ts';
import { firstInvalidUtf8 } from './decodeText.ts';
import { describeFsError, notReadable } from './readText.ts';

const MODULE = 'claimgraph/io/readChunks';

export const CHUNK_BYTES = 1 << 20;
/** How long to wait between reads of a pipe whose writer has nothing yet. */
const PIPE_WAIT_MS = 5;

/** How many bytes at the end of `bytes` start a UTF-8 sequence that the next bytes finish. */
function unfinished(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

export async function* readTextChunks(path: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<string, void, undefined> {
  const fail = (cause: unknown): InputError =>
    new InputError(MODULE, `${path}: ${describeFsError(cause)}`, path, { cause });
  let handle;
  try {
    // O_NONBLOCK: opening a named pipe does not wait for a writer (it has no effect on files)
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw fail(cause);
  }
  try {
    const info = await handle.stat();
    const why = notReadable(info);
    if (why) throw new InputError(MODULE, `${path}: ${why}`, path);
    let offset = 0;
    let carried: Uint8Array = new Uint8Array(0);
    let first = true;
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkBytes + carried.length);
      buffer.set(carried);
      let read;
      try {
        ({ bytesRead: read } = await handle.read(buffer, carried.length, chunkBytes, null));
      } catch (cause) {
        // a pipe whose writer has nothing yet
        if ((cause as NodeJS.ErrnoException).code === 'EAGAIN') {
          await sleep(PIPE_WAIT_MS);
          continue;
        }
        throw fail(cause);
      }
      if (!read && !offset && info.isFIFO())
        throw new InputError(MODULE, `${path}: is a named pipe with nothing written to it`, path);
      const bytes = buffer.subarray(carried.length, carried.length + read);
      const nul = bytes.indexOf(0);
      if (nul !== -1)
        throw new InputError(MODULE, `${path}: is a binary file, not text (NUL byte at offset ${offset + nul})`, path);
      // the carried start of a character, these bytes, less the start of a character they leave unfinished
      const seen = buffer.subarray(0, carried.length + read);
      const whole = read ? seen.subarray(0, seen.length - unfinished(seen)) : seen;
      if (!isUtf8(whole)) {
        const at = offset - carried.length + firstInvalidUtf8(whole);
        throw new InputError(MODULE, `${path}: is not valid UTF-8 (at byte ${at})`, path);
      }
      let text = whole.toString('utf8');
      if (first && text) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      carried = seen.slice(whole.length);
      offset += read;
      if (text) yield text;
      if (read === 0) return;
    }
  } finally {
    await handle.close();
  }
}
