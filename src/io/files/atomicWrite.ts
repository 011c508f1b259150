// Atomic output: data goes to a temporary file beside the target, is flushed, then renamed
// over the target. A failure or a kill midway leaves the previous file intact and no partial
// file behind.
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../../errors.ts';
import { describeFsError } from './readText.ts';

const MODULE = 'claimgraph/io/atomicWrite';

/** Writes `content` (a string, or chunks produced one at a time) to `path` atomically. */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
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
    await rename(temp, path);
  } catch (cause) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (cause instanceof InputError) throw cause;
    throw new InputError(MODULE, `cannot write ${path}: ${describeFsError(cause)}`, path, { cause });
  }
}
