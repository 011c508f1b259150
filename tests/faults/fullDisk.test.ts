// Regression (issue 12): a full disk replaced outputs with truncated files and exited 0. Here
// every command that writes does so onto a real, nearly full disk: a 16 KiB tmpfs holding an
// earlier output. Each must fail with status 1 and one line naming the disk, leave the earlier
// output as it was and no temporary file. Mounting needs root (CI runs as root); elsewhere the
// suite says so and skips, and shortWrites.test.ts covers the same failures by injection.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/output/exitStatus.ts';
import { runCli } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';
import { bigInputs, WRITERS, type BigInputs } from './writers.ts';

const fresh = tempDirs('faults-disk');
const EARLIER = 'an earlier output, to be left as it was\n';

function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const probe = fresh();
const canMount = mountTmpfs(probe, '16k');
if (canMount) execFileSync('umount', [probe]);
else
  console.log(
    'fullDisk: cannot mount a tmpfs here (root needed): skipped; shortWrites.test.ts injects the same failures',
  );

describe.skipIf(!canMount)('a full disk', () => {
  let inputs: BigInputs;
  const mounted: string[] = [];
  beforeAll(() => {
    inputs = bigInputs(fresh());
    process.env.CLAIMGRAPH_ORACLE = inputs.truth;
  });
  afterAll(() => {
    for (const dir of mounted) execFileSync('umount', [dir]);
  });

  it.each(WRITERS)('$name: status 1, one line, the earlier output intact, nothing else left', async (writer) => {
    const out = join(fresh(), 'disk');
    mkdirSync(out);
    const seeds = (await writer.seed?.(inputs)) ?? {};
    const seeded = Object.values(seeds).reduce((n, b) => n + b.length, 0);
    // room for the earlier output and the seeds, 16 KiB more: never for a whole new output
    expect(mountTmpfs(out, `${16 + Math.ceil(seeded / 4096) * 4}k`)).toBe(true);
    mounted.push(out);
    for (const [name, bytes] of Object.entries(seeds)) writeFileSync(join(out, name), bytes);
    for (const file of writer.outputs(out)) writeFileSync(file, writer.earlier ?? EARLIER);
    const kept = (f: string) => !(writer.keeps?.test(f) ?? false);
    const before = readdirSync(out).filter(kept).sort();
    const result = await runCli(...writer.args(inputs, out));
    expect(result.code, result.stderr).toBe(EXIT.failed);
    const lines = result.stderr.trimEnd().split('\n');
    expect(
      lines.filter((line) => !writer.tells?.test(line)),
      result.stderr,
    ).toHaveLength(1);
    expect(result.stderr).toContain('no space left on the device');
    for (const file of writer.outputs(out)) expect(readFileSync(file, 'utf8')).toBe(writer.earlier ?? EARLIER);
    expect(readdirSync(out).filter(kept).sort()).toEqual(before);
  });
});
