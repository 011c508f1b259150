// Temporary folders for tests that write files: one root per test file, deleted after its
// tests, and a fresh empty folder per case so that cases never see each other's files.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Call at the top of a test file; returns a function that makes a new empty folder each call. */
export function tempDirs(prefix: string): () => string {
  const root = mkdtempSync(join(tmpdir(), `claimgraph-${prefix}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let count = 0;
  return () => {
    const dir = join(root, `case-${count++}`);
    mkdirSync(dir);
    return dir;
  };
}
