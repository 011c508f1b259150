// Running the `claimgraph` command in tests, two ways with the same result shape:
// - `runCli`: in this process, through `main(argv)` of src/cli/main.ts, with the writes to
//   process.stdout / process.stderr (and console, should a command ever use it) captured and
//   restored afterwards. It costs milliseconds where a real process costs ~2 s of tsx start-up,
//   so most command-line cases use it.
// - `runCliProcess`: `node bin/claimgraph.mjs` as a user runs it, for the few cases per command
//   that keep the bin wrapper, the real exit code and the real streams covered.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { main } from '../../src/cli/main.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

type Write = typeof process.stdout.write;

/** A stream write that appends to `sink` and, like a real one, calls its callback afterwards. */
function capture(sink: string[]): Write {
  return ((chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  }) as Write;
}

/** `claimgraph ...args` in this process. Calls must not overlap (vitest runs a file's tests one at a time). */
export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = {
    stdout: process.stdout.write,
    stderr: process.stderr.write,
    log: console.log,
    info: console.info,
    warn: console.warn,
    error: console.error,
  };
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  // vitest replaces console with its own, which does not go through process.stdout.
  console.log = console.info = (...values: unknown[]) => void out.push(`${format(...values)}\n`);
  console.warn = console.error = (...values: unknown[]) => void err.push(`${format(...values)}\n`);
  let code: number;
  try {
    code = await main(args);
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    Object.assign(console, { log: saved.log, info: saved.info, warn: saved.warn, error: saved.error });
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** `node bin/claimgraph.mjs ...args` in a child process, run from the repository root. */
export function runCliProcess(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/claimgraph.mjs', ...args],
      { cwd: REPO, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
