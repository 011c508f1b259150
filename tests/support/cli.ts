// Running the `claimgraph` command in tests as a user runs it: `node bin/claimgraph.mjs` in a
// child process from the repository root, with its exit code and both streams.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node bin/claimgraph.mjs ...args` in a child process, run from the repository root. */
export function runCliProcess(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/claimgraph.mjs', ...args], { cwd: REPO, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
