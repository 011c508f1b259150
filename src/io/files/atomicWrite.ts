// Atomic output: data goes to a temporary file beside the target, is flushed, then renamed
// over the target. A failure or a kill midway leaves the previous file intact and no partial
// file behind.
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../../errors.ts';
import { describeFsError } from './readText.ts';

const MODULE = 'claimgraph/io/atomicWrite';

type Content = string | Uint8Array | Iterable<string> | AsyncIterable<string>;

/** Writes `content` (a string, or chunks produced one at a time) to `path` atomically. */
export async function writeFileAtomic(path: string, content: Content): Promise<void> {
  await writeFilesAtomic([{ path, content }]);
}

/**
 * Writes several files that belong together (a CSV export's nodes and edges): every one is
 * written to its temporary file first, then all are renamed; a failure while writing leaves
 * every target untouched.
 */
export async function writeFilesAtomic(files: readonly { path: string; content: Content }[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const { path, content } of files) temps.push(await writeTemp(path, content));
    for (const [i, { path }] of files.entries()) {
      try {
        await rename(temps[i] as string, path);
      } catch (cause) {
        throw new InputError(MODULE, `cannot write ${path}: ${describeFsError(cause)}`, path, { cause });
      }
    }
  } finally {
    await Promise.all(temps.map((temp) => unlink(temp).catch(() => undefined)));
  }
}

async function writeTemp(path: string, content: Content): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx');
  } catch (cause) {
    throw new InputError(MODULE, `cannot write ${path}: ${describeFsError(cause)}`, path, { cause });
  }
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) {
      await handle.writeFile(content);
    } else {
      let buffer = '';
      for await (const chunk of content as AsyncIterable<string>) {
        buffer += chunk;
        if (buffer.length >= 1 << 20) {
          await handle.write(buffer);
          buffer = '';
        }
      }
      if (buffer) await handle.write(buffer);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    return temp;
  } catch (cause) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (cause instanceof InputError) throw cause;
    throw new InputError(MODULE, `cannot write ${path}: ${describeFsError(cause)}`, path, { cause });
  }
}
