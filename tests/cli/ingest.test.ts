// `claimgraph synth`, `claimgraph ingest` and `claimgraph corpus`, run as real processes
// (node bin/claimgraph.mjs), so the worker threads load the compiled extractor as they do for
// a user (the oracle stand-in, a TypeScript module, through tsx).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/io/graphFile.ts';
import type { SynthTruth } from '../../src/synth/index.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ORACLE = fileURLToPath(new URL('../corpus/fixtures/oracleExtractor.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-cli-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function claimgraph(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(REPO, 'bin/claimgraph.mjs'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('claimgraph synth / ingest / corpus', () => {
  it('refuses bad arguments with a clear message', () => {
    expect(claimgraph(['synth', '--articles', '0', '-o', join(dir, 'x.jsonl')])).toMatchObject({
      status: 1,
      stderr: 'claimgraph: claimgraph/cli/synth: --articles must be a positive integer, got "0"\n',
    });
    const noFormat = claimgraph(['ingest', join(dir, 'x.jsonl'), '-o', join(dir, 'out.txt')]);
    expect(noFormat.status).toBe(1);
    expect(noFormat.stderr).toContain('cannot tell the output format');
    expect(claimgraph(['ingest', join(dir, 'x.jsonl'), '-o', join(dir, 'o.gexf'), '--workers', '-1']).stderr).toContain(
      '--workers must be a whole number ≥ 0, got "-1"',
    );
  }, 60_000);

  it('generates a corpus, ingests it in 2 workers with a summary, and answers the corpus queries', () => {
    const corpus = join(dir, 'corpus.jsonl');
    const synth = claimgraph(['synth', '--articles', '50', '--seed', '3', '-o', corpus]);
    expect(synth.status).toBe(0);
    expect(synth.stderr).toMatch(/^synth: 50 articles/);
    const env = { CLAIMGRAPH_ORACLE: join(dir, 'corpus.truth.statements.json') };
    const lines = readFileSync(corpus, 'utf8').trimEnd().split('\n');
    writeFileSync(corpus, [...lines, '{"id": broken', lines[0]].join('\n'));

    const output = join(dir, 'corpus.gexf');
    const ingest = claimgraph(
      ['ingest', corpus, '-o', output, '--workers', '2', '--batch', '5', '--extractor', ORACLE],
      env,
    );
    expect(ingest.status).toBe(3);
    expect(ingest.stderr).toContain(`ingest: left out ${corpus}:51: malformed-line: not valid JSON`);
    expect(ingest.stderr).toContain(
      `ingest: left out ${corpus}:52: duplicate-id: id "a00" was already read from ${corpus}:1`,
    );
    expect(ingest.stderr).toMatch(/ingest: 50\/50 articles \(100%\)/);
    expect(ingest.stderr).toMatch(
      /ingest: 50 extracted \(0 changed\) with 2 workers \(started in [\d.]+ s\) in [\d.]+ s/,
    );
    expect(ingest.stderr).toContain('ingest: left out: 1 duplicate-id, 1 malformed-line');
    expect(ingest.stderr).toContain('2 of 52 inputs left out (named above); the rest is written');

    const truth = JSON.parse(readFileSync(join(dir, 'corpus.answers.json'), 'utf8')) as SynthTruth;
    const changes = claimgraph(['corpus', 'changes', '-g', output, '--json']);
    expect(changes.status).toBe(0);
    expect((JSON.parse(changes.stdout) as unknown[]).length).toBe(truth.positionChanges.length);
    const accusations = claimgraph([
      'corpus',
      'accusations',
      '-g',
      output,
      '--json',
      '--gexf',
      join(dir, 'accusations.gexf'),
    ]);
    expect(accusations.status).toBe(0);
    expect((JSON.parse(accusations.stdout) as unknown[]).length).toBe(truth.accusations.length);
    expect(readFileSync(join(dir, 'accusations.gexf'), 'utf8')).toMatch(/^<\?xml[\s\S]*<gexf[\s\S]*<\/gexf>\s*$/);
    const top = claimgraph(['corpus', 'corroboration', '-g', output, '--json', '--limit', '1']);
    const most = Math.max(...truth.clusters.map((c) => c.docs.length));
    expect((JSON.parse(top.stdout) as { documents: number }[])[0]!.documents).toBe(most);

    const again = claimgraph(['ingest', corpus, '-o', output, '--extractor', ORACLE], env);
    expect(again.stderr).toContain('ingest: 0 extracted (0 changed) with 0 workers (started in 0.0 s)');
    expect(again.stderr).toContain('50 already ingested');
    expect(again.stderr).toContain(
      `ingest: ${output} already holds 50 documents: these sources are added to them (--fresh starts anew)`,
    );
  }, 120_000);

  it("an article that exhausts a worker's heap limit is left out in one line naming it and the limit", () => {
    const corpus = join(dir, 'heap.jsonl');
    expect(claimgraph(['synth', '--articles', '12', '--seed', '5', '-o', corpus]).status).toBe(0);
    const env = { CLAIMGRAPH_ORACLE: join(dir, 'heap.truth.statements.json') };
    const lines = readFileSync(corpus, 'utf8').trimEnd().split('\n');
    const heavy = JSON.parse(lines[6] as string) as { id: string; text: string };
    lines[6] = JSON.stringify({ ...heavy, text: `${heavy.text} EXHAUST` });
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const output = join(dir, 'heap.statements.json');
    const args = ['ingest', corpus, '-o', output, '--workers', '2', '--batch', '4', '--no-progress'];
    const run = claimgraph([...args, '--worker-heap-mb', '96', '--extractor', ORACLE], env);
    expect(run.status).toBe(3);
    const report = run.stderr.split('\n').filter((line) => line.includes('memory'));
    expect(report).toEqual([
      `ingest: left out ${corpus}:7: extraction-failed: claimgraph/corpus/pool: extraction worker ran out of memory: over its heap limit of 96 MiB (--worker-heap-mb raises it)`,
    ]);
    expect(run.stderr).not.toMatch(/FATAL|Last few GCs|at .*\(node:/);
    const written = JSON.parse(readFileSync(output, 'utf8')) as { documents: { id: string }[] };
    expect(written.documents.map((d) => d.id)).toHaveLength(11);
    expect(written.documents.map((d) => d.id)).not.toContain(heavy.id);
    expect(claimgraph([...args, '--worker-heap-mb', '10']).stderr).toContain(
      '--worker-heap-mb must be a whole number ≥ 64, got "10"',
    );
  }, 120_000);

  it('twelve articles in a row that each exhaust the heap limit are each left out, and the run goes on', () => {
    const corpus = join(dir, 'heap9.jsonl');
    expect(claimgraph(['synth', '--articles', '14', '--seed', '6', '-o', corpus]).status).toBe(0);
    const env = { CLAIMGRAPH_ORACLE: join(dir, 'heap9.truth.statements.json') };
    const lines = readFileSync(corpus, 'utf8').trimEnd().split('\n');
    const heavy = lines.slice(2, 14).map((line) => JSON.parse(line) as { id: string; text: string });
    heavy.forEach((article, i) => (lines[i + 2] = JSON.stringify({ ...article, text: `${article.text} EXHAUST` })));
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const output = join(dir, 'heap9.statements.json');
    const run = claimgraph(
      [
        'ingest',
        corpus,
        '-o',
        output,
        '--workers',
        '2',
        '--batch',
        '4',
        '--no-progress',
        '--worker-heap-mb',
        '96',
      ].concat(['--extractor', ORACLE]),
      env,
    );
    expect(run.stderr).not.toContain('died one after another');
    expect(run.status).toBe(3);
    const leftOut = run.stderr.split('\n').filter((line) => line.includes('over its heap limit of 96 MiB'));
    expect(leftOut.map((line) => line.slice(0, line.indexOf(': extraction-failed'))).sort()).toEqual(
      heavy.map((_, i) => `ingest: left out ${corpus}:${i + 3}`).sort(),
    );
    const written = JSON.parse(readFileSync(output, 'utf8')) as { documents: { id: string }[] };
    expect(written.documents.map((d) => d.id).sort()).toEqual(
      [0, 1].map((i) => (JSON.parse(lines[i] as string) as { id: string }).id).sort(),
    );
  }, 240_000);

  it('single articles: extract, build and export in one go with the project extractor', async () => {
    const a = join(dir, 'one.txt');
    const b = join(dir, 'two.txt');
    writeFileSync(
      a,
      'Russia accused the United States of backtracking on the agreement. The United States denied the charge.\n',
    );
    writeFileSync(b, 'Iran said the talks had failed.\n');
    const output = join(dir, 'articles.json');
    const run = claimgraph(['ingest', a, b, join(dir, 'missing.txt'), '-o', output]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`ingest: left out ${join(dir, 'missing.txt')}: unreadable: no such file`);
    const graph = await readGraphFile(output);
    expect(graph.filterNodes((_k, attrs) => attrs.kind === 'document').sort()).toEqual(['doc:one', 'doc:two']);
    expect(existsSync(`${output}.cache.jsonl`)).toBe(true);
  }, 60_000);
});
