// `claimgraph extract` and `claimgraph score` in-process: output to a file or stdout, document
// ids from file names, and the failures SPEC.md §3 asks for (clear message, non-zero exit,
// no partial output file).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-extract-'));
  await mkdir(join(dir, 'other'));
  await writeFile(join(dir, 'one.txt'), 'Peru has rejected the offer of talks. "We are ready," Maria Jansen said.\n');
  await writeFile(join(dir, 'other', 'one.txt'), 'Chile said nothing.\n');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x52, 0x00, 0x01]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('claimgraph extract', () => {
  it('fails on a missing file, a binary file and invalid UTF-8, naming the file, and writes nothing', async () => {
    const output = join(dir, 'out-bad.json');
    for (const [file, message] of [
      ['missing.txt', 'no such file'],
      ['binary.txt', 'is a binary file, not text (NUL byte at offset 1)'],
      ['latin1.txt', 'is not valid UTF-8 (at byte 3)'],
    ]) {
      const result = await run(['extract', join(dir, 'one.txt'), join(dir, file as string), '-o', output]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${join(dir, file as string)}: ${message}`);
      expect(existsSync(output)).toBe(false);
    }
  });

  it('refuses two files with the same document id', async () => {
    const result = await run(['extract', join(dir, 'one.txt'), join(dir, 'other', 'one.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('both give the document id "one"');
    expect(result.stdout).toBe('');
  });

  it('writes statements@1 to -o, ids from file names', async () => {
    const output = join(dir, 'out.json');
    expect((await run(['extract', join(dir, 'one.txt'), '-o', output])).code).toBe(0);
    const data = JSON.parse(await readFile(output, 'utf8'));
    expect(data.format).toBe('claimgraph/statements@1');
    expect(data.documents).toEqual([{ id: 'one', file: 'one.txt' }]);
    expect(
      data.statements.map((s: { stance: string; content: { text: string } }) => [s.stance, s.content.text]),
    ).toEqual([
      ['rejects', 'the offer of talks'],
      ['asserts', 'We are ready'],
    ]);
  });

  it('writes to stdout without -o, and score reads it back', async () => {
    const result = await run(['extract', join(dir, 'one.txt')]);
    expect(result.code).toBe(0);
    const system = join(dir, 'system.json');
    await writeFile(system, result.stdout);
    const scored = await run(['score', system, system, '--json']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).strict).toEqual({ p: 1, r: 1, f: 1 });
  });

  it('--explain prints one block per statement: span, speaker, stance, content, then its rules and confidence', async () => {
    const output = join(dir, 'out-explained.json');
    const result = await run(['extract', join(dir, 'one.txt'), '--explain', '-o', output]);
    expect(result.code).toBe(0);
    const blocks = result.stdout.split('\n\n');
    expect(blocks).toHaveLength(3);
    const data = JSON.parse(await readFile(output, 'utf8'));
    const rules = data.statements[1].rules as string[];
    expect(rules[0]).toBe('attribution/quote-first');
    expect(rules[1]).toMatch(/^speaker\/./);
    const second = (blocks[1] as string).split('\n').map((line) => line.trim().replace(/ {2,}/g, ' | '));
    expect(second).toEqual([
      's2 | one.txt',
      'sentence | 38–72 “"We are ready," Maria Jansen said.”',
      'speaker | Maria Jansen (person, maria-jansen)',
      'stance | asserts',
      'cue | 67–71 “said”',
      'content | 39–51 “We are ready”',
      'attribution rule | quote-first',
      `speaker rule | ${(rules[1] as string).slice('speaker/'.length)}`,
      `confidence | ${(data.statements[1].confidence as number).toFixed(2)}`,
    ]);
    expect(blocks[2]).toBe('2 statement(s) in 1 document(s)\n');
    // without -o, --explain replaces the JSON on stdout
    const bare = await run(['extract', join(dir, 'one.txt'), '--explain']);
    expect(bare.stdout).toBe(result.stdout);
  });

  it('--help documents --explain', async () => {
    const result = await run(['extract', '--help']);
    expect(result.stdout).toContain('--explain');
  });
});
