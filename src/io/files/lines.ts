// Reading a file line by line with bounded memory: lines come as bytes with their number and
// byte offset, and a line longer than the limit is reported by its length without ever being
// held (the reader skips to the next newline), so neither a corpus of any size nor a file
// without a single newline can exhaust memory. Decoding is the caller's (see utf8Line).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from '../../errors.ts';
import { describeFsError, notReadable } from './readText.ts';

const MODULE = 'claimgraph/io/lines';
const READ_CHUNK = 1 << 20;

export type Line =
  | { number: number; offset: number; bytes: Buffer }
  /** A line over the limit: only its length is known. */
  | { number: number; offset: number; tooLong: number };

export interface LineOptions {
  /** Longest line returned whole, in bytes (without its newline). */
  maxLineBytes: number;
  /** Start reading at this byte offset (line numbers then count from there). */
  from?: number;
}

/** The lines of a file (or pipe); the last one may lack its newline. A file that cannot be opened is an InputError. */
export async function* readLines(path: string, options: LineOptions): AsyncGenerator<Line> {
  let handle;
  let info;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    info = await handle.stat();
    const kind = notReadable(info);
    if (kind) throw new InputError(MODULE, `${path}: ${kind}`, path);
  } catch (cause) {
    await handle?.close();
    if (cause instanceof InputError) throw cause;
    throw new InputError(MODULE, `${path}: ${describeFsError(cause)}`, path, { cause });
  }
  const pipe = info.isFIFO();
  const max = options.maxLineBytes;
  let position = options.from ?? 0;
  let number = 0;
  let parts: Buffer[] = [];
  let partBytes = 0;
  let skipping = 0;
  let lineStart = position;
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  try {
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, READ_CHUNK, pipe ? null : position));
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code === 'EAGAIN') {
          await sleep(10);
          continue;
        }
        throw new InputError(MODULE, `${path}: ${describeFsError(cause)}`, path, { cause });
      }
      if (bytesRead === 0) break;
      position += bytesRead;
      let at = 0;
      while (at < bytesRead) {
        const newline = buffer.indexOf(0x0a, at);
        const end = newline === -1 || newline >= bytesRead ? bytesRead : newline;
        const piece = end - at;
        if (skipping) skipping += piece;
        else if (partBytes + piece > max) {
          skipping = partBytes + piece;
          parts = [];
          partBytes = 0;
        } else if (piece) {
          parts.push(Buffer.from(buffer.subarray(at, end)));
          partBytes += piece;
        }
        if (end === bytesRead) break;
        number++;
        yield skipping
          ? { number, offset: lineStart, tooLong: skipping }
          : {
              number,
              offset: lineStart,
              bytes: parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, partBytes),
            };
        parts = [];
        partBytes = 0;
        skipping = 0;
        at = end + 1;
        lineStart = position - bytesRead + at;
      }
    }
    if (partBytes || skipping) {
      number++;
      yield skipping
        ? { number, offset: lineStart, tooLong: skipping }
        : { number, offset: lineStart, bytes: Buffer.concat(parts, partBytes) };
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}
