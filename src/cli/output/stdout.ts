// Writing a command's result to stdout: chunk by chunk with back-pressure (a large export
// never sits in memory as one string), and a reader that goes away (`claimgraph … | head`)
// is a normal end, not an error: the rest of the output is simply not written.
import { once } from 'node:events';

/** The reader of stdout went away (EPIPE): main.ts ends the command quietly with status 0. */
export class StdoutClosed extends Error {
  constructor() {
    super('stdout was closed by its reader');
  }
}

const CLOSED_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** True for the errors a closed stdout gives. */
export const isClosedPipe = (error: unknown): boolean =>
  error instanceof StdoutClosed || CLOSED_CODES.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');

export async function writeStdout(chunks: string | Iterable<string> | AsyncIterable<string>): Promise<void> {
  const out = process.stdout;
  try {
    if (typeof chunks === 'string') await writeOne(out, chunks);
    else for await (const chunk of chunks) if (!out.write(chunk)) await drain(out);
    await writeOne(out, '');
  } catch (error) {
    if (isClosedPipe(error)) throw new StdoutClosed();
    throw error;
  }
}

function writeOne(out: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve())));
}

/** Waits for 'drain', or fails if the stream errors or closes first. */
async function drain(out: NodeJS.WriteStream): Promise<void> {
  if (out.destroyed) throw new StdoutClosed();
  await Promise.race([once(out, 'drain'), once(out, 'close').then(() => Promise.reject(new StdoutClosed()))]);
}
