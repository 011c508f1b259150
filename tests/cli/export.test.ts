// `claimgraph export`, run as a real process (node bin/claimgraph.mjs) in temporary folders.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../src/io/defaultGraph.ts';
import { readGraphFile, serializeGraph } from '../../src/io/graphFile.ts';
import { toStatements } from '../../src/model/index.ts';
import { skipReason, validateGexf } from '../io/gexf/validateGexf.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'claimgraph-cli-export-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = (): string => {
  const dir = join(root, `case-${dirs++}`);
  mkdirSync(dir);
  return dir;
};

function claimgraph(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO, 'bin/claimgraph.mjs'), ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const curated = await loadDefaultGraph();

describe('claimgraph export', () => {
  it('--help describes the command', () => {
    const run = claimgraph('export', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: claimgraph export [options]');
    expect(run.stdout).toContain('--graph <files...>');
  });

  it.each(['gexf', 'json', 'statements'] as const)('--format %s writes the curated graph to stdout', (format) => {
    const run = claimgraph('export', '--format', format);
    expect(run).toEqual({ status: 0, stdout: serializeGraph(curated, format), stderr: '' });
  });

  it('-o writes a GEXF file that validates and imports back to the same statements', async () => {
    const out = join(freshDir(), 'a.gexf');
    expect(claimgraph('export', '--format', 'gexf', '-o', out)).toEqual({ status: 0, stdout: '', stderr: '' });
    if (!skipReason) expect(validateGexf(out)).toEqual({ ok: true, output: `${out} validates` });
    expect(toStatements(await readGraphFile(out))).toStrictEqual(toStatements(curated));
  });

  it('--graph reads GEXF, JSON and statements files and merges them; the format may come from -o', () => {
    const dir = freshDir();
    const gexf = join(dir, 'curated.gexf');
    writeFileSync(gexf, serializeGraph(curated, 'gexf'));
    const out = join(dir, 'again.statements.json');
    expect(claimgraph('export', '--graph', gexf, '-o', out).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(serializeGraph(curated, 'statements'));
  });

  it('merging a graph with itself is a conflict naming both files', () => {
    const dir = freshDir();
    const gexf = join(dir, 'a.gexf');
    const json = join(dir, 'b.json');
    writeFileSync(gexf, serializeGraph(curated, 'gexf'));
    writeFileSync(json, serializeGraph(curated, 'json'));
    const run = claimgraph('export', '--format', 'json', '--graph', gexf, json);
    expect(run).toEqual({
      status: 1,
      stdout: '',
      stderr: `claimgraph: claimgraph/model/buildGraph: document "aleppo-2016" is in both ${gexf} and ${json}\n`,
    });
  });

  it('without --format or -o it says so on one line', () => {
    expect(claimgraph('export')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'claimgraph: claimgraph/cli/export: no output format; give --format gexf|json|statements\n',
    });
  });

  it('a bad --graph file fails, writes nothing and leaves the existing output untouched', () => {
    const dir = freshDir();
    const bad = join(dir, 'bad.gexf');
    writeFileSync(bad, serializeGraph(curated, 'gexf').replace('kind="about"', 'kind="mentions"'));
    const out = join(dir, 'out.gexf');
    writeFileSync(out, 'previous');
    const run = claimgraph('export', '--format', 'gexf', '--graph', bad, '-o', out);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(`claimgraph: claimgraph/io/gexf/parse: ${bad}: 1 problem:`);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['bad.gexf', 'out.gexf']);
  });

  it('a missing --graph file is one line naming it', () => {
    const missing = join(freshDir(), 'missing.gexf');
    expect(claimgraph('export', '--format', 'gexf', '--graph', missing)).toEqual({
      status: 1,
      stdout: '',
      stderr: `claimgraph: claimgraph/io/readText: ${missing}: no such file\n`,
    });
  });
});
