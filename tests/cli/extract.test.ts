// `claimgraph extract` and `claimgraph score` in-process: output to a file or stdout, document
// ids from file names, and what SPEC.md §3 and the exit statuses ask for: a file that cannot
// be used is named on stderr and left out, the rest is written (status 3); when no file can be
// used, nothing is written (status 1). A failure inside extraction costs only its document.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';

const fresh = tempDirs('extract');
let dir = '';
const STAND_IN = new URL('./fixtures/flakyExtractor.ts', import.meta.url).href;

beforeAll(async () => {
  dir = fresh();
  await mkdir(join(dir, 'other'));
  await writeFile(join(dir, 'one.txt'), 'Peru has rejected the offer of talks. "We are ready," Maria Jansen said.\n');
  await writeFile(join(dir, 'two.txt'), 'Chile said the border would stay open.\n');
  await writeFile(join(dir, 'other', 'one.txt'), 'Chile said nothing.\n');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x52, 0x00, 0x01]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
  await writeFile(join(dir, 'throws.txt'), 'Peru said THROW here.\n');
  await writeFile(join(dir, 'invalid.txt'), 'Peru said INVALID here.\n');
});

const ids = async (path: string) =>
  (JSON.parse(await readFile(path, 'utf8')) as { documents: { id: string }[] }).documents.map((d) => d.id);

describe('claimgraph extract', () => {
  it.each([
    ['missing.txt', 'no such file'],
    ['binary.txt', 'is a binary file, not text (NUL byte at offset 1)'],
    ['latin1.txt', 'is not valid UTF-8 (at byte 3)'],
  ])('a single unusable file (%s) is one line naming it, status 1, and no output', async (file, message) => {
    const output = join(dir, 'out-bad.json');
    const result = await runCli('extract', join(dir, file), '-o', output);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${join(dir, file)}: ${message}`);
    expect(existsSync(output)).toBe(false);
  });

  it('an unusable file beside good ones is named and left out; the rest is written, status 3', async () => {
    const output = join(dir, 'out-some.json');
    const result = await runCli(
      'extract',
      join(dir, 'one.txt'),
      join(dir, 'binary.txt'),
      join(dir, 'missing.txt'),
      join(dir, 'two.txt'),
      '-o',
      output,
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`extract: left out ${join(dir, 'binary.txt')}: is a binary file, not text`);
    expect(result.stderr).toContain(`extract: left out ${join(dir, 'missing.txt')}: no such file`);
    expect(result.stderr).toContain('2 of 4 files left out (named above); the rest is written');
    expect(await ids(output)).toEqual(['one', 'two']);
  });

  it('two files with the same document id: the second is left out, named', async () => {
    const output = join(dir, 'out-dup.json');
    const result = await runCli('extract', join(dir, 'one.txt'), join(dir, 'other', 'one.txt'), '-o', output);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      `${join(dir, 'other', 'one.txt')}: gives the document id "one", as ${join(dir, 'one.txt')} does`,
    );
    expect(await ids(output)).toEqual(['one']);
  });

  it('regression (issue 8): an article the extractor throws on, or returns invalid statements for, costs only that article', async () => {
    const output = join(dir, 'out-flaky.json');
    const files = ['one.txt', 'throws.txt', 'two.txt', 'invalid.txt'].map((f) => join(dir, f));
    const result = await runCli('extract', ...files, '-o', output, '--extractor', STAND_IN);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      `extract: left out ${join(dir, 'throws.txt')}: extraction failed: stand-in extractor fails on throws`,
    );
    expect(result.stderr).toContain(
      `extract: left out ${join(dir, 'invalid.txt')}: extraction failed: invalid statements:`,
    );
    expect(await ids(output)).toEqual(['one', 'two']);
  });

  it('writes statements@1 to -o, ids from file names', async () => {
    const output = join(dir, 'out.json');
    expect((await runCli('extract', join(dir, 'one.txt'), '-o', output)).code).toBe(0);
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

  it('an actor one file names only by a possessive is labelled by the plain name another file gives', async () => {
    await writeFile(
      join(dir, 'possessive.txt'),
      'The council’s plan is weaker than Peter Okafor’s, critics said on Monday.\n',
    );
    await writeFile(join(dir, 'plain.txt'), 'Peter Okafor said on Monday that the plan would fail.\n');
    const output = join(dir, 'out-plain.json');
    expect((await runCli('extract', join(dir, 'possessive.txt'), join(dir, 'plain.txt'), '-o', output)).code).toBe(0);
    const data = JSON.parse(await readFile(output, 'utf8')) as { actors: { id: string; label: string }[] };
    expect(data.actors.find((a) => a.id === 'peter-okafor')?.label).toBe('Peter Okafor');
  });

  it('statement ids are unique across files and batches', async () => {
    const output = join(dir, 'out-ids.json');
    expect((await runCli('extract', join(dir, 'one.txt'), join(dir, 'two.txt'), '-o', output)).code).toBe(0);
    const data = JSON.parse(await readFile(output, 'utf8')) as { statements: { id: string; doc: string }[] };
    expect(data.statements.map((s) => `${s.doc}/${s.id}`)).toEqual(['one/s1', 'one/s2', 'two/s3']);
  });

  it('writes to stdout without -o, and score reads it back', async () => {
    const result = await runCli('extract', join(dir, 'one.txt'));
    expect(result.code).toBe(0);
    const system = join(dir, 'system.json');
    await writeFile(system, result.stdout);
    const scored = await runCli('score', system, system, '--json');
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).strict).toEqual({ p: 1, r: 1, f: 1 });
  });

  it('--explain prints one block per statement: span, speaker, stance, content, then its rules and confidence', async () => {
    const output = join(dir, 'out-explained.json');
    const result = await runCli('extract', join(dir, 'one.txt'), '--explain', '-o', output);
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
    const bare = await runCli('extract', join(dir, 'one.txt'), '--explain');
    expect(bare.stdout).toBe(result.stdout);
  });

  it('--help documents --explain', async () => {
    const result = await runCli('extract', '--help');
    expect(result.stdout).toContain('--explain');
  });
});

describe('claimgraph score', () => {
  it('regression: a file of the wrong format or with wrong types is refused, never scored 0.00', async () => {
    const wrongFormat = join(dir, 'wrong-format.json');
    await writeFile(wrongFormat, JSON.stringify({ format: 'other@2', documents: [], actors: [], statements: [] }));
    const a = await runCli('score', wrongFormat, wrongFormat);
    expect(a).toMatchObject({ code: 1, stdout: '' });
    expect(a.stderr).toContain(`${wrongFormat}: has format "other@2", expected "claimgraph/statements@1"`);
    const wrongTypes = join(dir, 'wrong-types.json');
    await writeFile(
      wrongTypes,
      JSON.stringify({ format: 'claimgraph/statements@1', documents: [{ id: 3 }], actors: [], statements: 'x' }),
    );
    const b = await runCli('score', wrongTypes, wrongTypes);
    expect(b).toMatchObject({ code: 1, stdout: '' });
    expect(b.stderr).toContain('documents[0].id: 3: Invalid input: expected string, received number');
  });
});
