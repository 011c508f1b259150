// Regression (issue 12): the chunked writer never checked what a write call wrote, so a disk
// filling up mid-output left a truncated file that replaced the old one. Here the disk fills
// at each chunk boundary in turn: every file write of a command is counted in a clean run,
// then the run is repeated with write number k writing half its bytes and every later write
// failing with ENOSPC, as a filling disk does, for every k. Every command that writes must
// then fail with status 1 and one line, leave the earlier output as it was and no temporary
// file. (fullDisk.test.ts does the same on a real full disk where it can mount one.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/output/exitStatus.ts';
import { runCli } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';
import { bigInputs, WRITERS, type BigInputs, type Writer } from './writers.ts';

const disk = vi.hoisted(() => ({ under: '', writes: 0, fillAt: -1 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const open = (async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args);
    if (!disk.under || !String(args[0]).startsWith(disk.under)) return handle;
    const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<{ bytesWritten: number; buffer: unknown }>;
    (handle as { write: unknown }).write = async (...a: unknown[]) => {
      const n = disk.writes++;
      if (disk.fillAt >= 0 && n > disk.fillAt)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      if (n === disk.fillAt && typeof a[0] === 'string') return write(a[0].slice(0, a[0].length >> 1));
      if (n === disk.fillAt && Buffer.isBuffer(a[0]) && typeof a[2] === 'number' && a[2] > 1)
        return write(a[0], a[1], Math.floor(a[2] / 2), ...a.slice(3));
      return write(...a);
    };
    return handle;
  }) as typeof real.open;
  return { ...real, open, default: { ...real, open } };
});

const fresh = tempDirs('faults-short');
const EARLIER = 'an earlier output, to be left as it was\n';
let inputs: BigInputs;
beforeAll(() => {
  inputs = bigInputs(fresh());
  process.env.CLAIMGRAPH_ORACLE = inputs.truth;
});

async function run(writer: Writer, fillAt: number) {
  const out = fresh();
  for (const [name, bytes] of Object.entries((await writer.seed?.(inputs)) ?? {}))
    writeFileSync(join(out, name), bytes);
  for (const file of writer.outputs(out)) writeFileSync(file, writer.earlier ?? EARLIER);
  const kept = (f: string) => !(writer.keeps?.test(f) ?? false);
  const before = readdirSync(out).filter(kept).sort();
  Object.assign(disk, { under: out, writes: 0, fillAt });
  try {
    const result = await runCli(...writer.args(inputs, out));
    return { result, out, before, kept, writes: disk.writes };
  } finally {
    disk.under = '';
  }
}

describe.each(WRITERS)('$name', (writer) => {
  it('fails cleanly when the disk fills at any chunk boundary', async () => {
    const clean = await run(writer, -1);
    expect(clean.result.code, clean.result.stderr).toBe(EXIT.done);
    expect(clean.writes).toBeGreaterThan(0);
    for (let k = 0; k < clean.writes; k++) {
      const { result, out, before, kept } = await run(writer, k);
      const where = `disk full at write ${k + 1} of ${clean.writes}: ${result.stderr}`;
      expect(result.code, where).toBe(EXIT.failed);
      expect(
        result.stderr
          .trimEnd()
          .split('\n')
          .filter((l) => !writer.tells?.test(l)),
        where,
      ).toHaveLength(1);
      expect(result.stderr, where).toContain('no space left on the device');
      for (const file of writer.outputs(out)) expect(readFileSync(file, 'utf8'), where).toBe(writer.earlier ?? EARLIER);
      expect(readdirSync(out).filter(kept).sort(), where).toEqual(before);
    }
  }, 300_000);
});
