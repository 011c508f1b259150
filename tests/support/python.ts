// Independent readers in Python: Debian's /usr/bin/python3 with python3-networkx,
// python3-igraph and python3-rdflib (`.ci/run` installs them). A test file asks for the
// modules it needs with `pythonReaders([...])`: when they are missing it prints one line and
// its tests skip, except under CI=true, where a test named after the missing reader fails.
// Scripts live beside the tests (`*.py`), take file paths as arguments and print JSON.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

export const PYTHON = '/usr/bin/python3';

const DEBIAN_PACKAGES: Record<string, string> = {
  networkx: 'python3-networkx',
  igraph: 'python3-igraph',
  rdflib: 'python3-rdflib',
};

/** Null when every module imports; else the line to print. */
function missingReason(modules: readonly string[]): string | null {
  if (!existsSync(PYTHON)) return `Python reader tests skipped: ${PYTHON} not found`;
  const run = spawnSync(PYTHON, ['-c', modules.map((module) => `import ${module}`).join('; ') || 'pass']);
  if (run.status === 0) return null;
  const packages = modules.map((module) => DEBIAN_PACKAGES[module] ?? module).join(' ');
  return `Python reader tests skipped: ${modules.join(', ')} not importable by ${PYTHON} (apt-get install -y ${packages})`;
}

/** Checks the readers once per test file; returns the skip reason (null when present). */
export function pythonReaders(modules: readonly string[]): string | null {
  const missing = missingReason(modules);
  if (missing) {
    console.log(missing);
    if (process.env.CI === 'true')
      describe(`Python readers under CI (${modules.join(', ')})`, () => {
        it('are installed', () => {
          expect(missing).toBeNull();
        });
      });
  }
  return missing;
}

/** Runs a Python script with arguments; returns its stdout parsed as JSON, or throws with its stderr. */
export function runPython<T = unknown>(script: string, args: readonly string[]): T {
  const run = spawnSync(PYTHON, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`${script} failed (${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
