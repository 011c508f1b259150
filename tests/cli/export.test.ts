// `claimgraph export` in temporary folders: in this process through main(argv), and as a real
// process (node bin/claimgraph.mjs) for output through a pipe and a failure that must leave the output alone.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../src/io/defaultGraph.ts';
import { readGraphFile, serializeGraph } from '../../src/io/graphFile.ts';
import { toStatements } from '../../src/model/index.ts';
import { skipReason, validateGexf } from '../io/gexf/validateGexf.ts';
import { runCli as claimgraph, runCliProcess } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';

const freshDir = tempDirs('cli-export');
const curated = await loadDefaultGraph();

describe('claimgraph export', () => {
  it('--help describes the command', async () => {
    const run = await claimgraph('export', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: claimgraph export [options]');
    expect(run.stdout).toContain('--graph <file>');
  });

  it.each(['json', 'statements'] as const)('--format %s writes the curated graph to stdout', async (format) => {
    const run = await claimgraph('export', '--format', format);
    expect(run).toEqual({ code: 0, stdout: serializeGraph(curated, format), stderr: '' });
  });

  it('--format gexf writes the curated graph to stdout (a real process: chunks through a pipe)', async () => {
    const run = await runCliProcess('export', '--format', 'gexf');
    expect(run).toEqual({ code: 0, stdout: serializeGraph(curated, 'gexf'), stderr: '' });
  });

  it('-o writes a GEXF file that validates and imports back to the same statements', async () => {
    const out = join(freshDir(), 'a.gexf');
    expect(await claimgraph('export', '--format', 'gexf', '-o', out)).toEqual({ code: 0, stdout: '', stderr: '' });
    if (!skipReason) expect(validateGexf(out)).toEqual({ ok: true, output: `${out} validates` });
    expect(toStatements(await readGraphFile(out))).toStrictEqual(toStatements(curated));
  });

  it('-o X.csv --spreadsheet-safe writes both tables with would-be formulas as text; without it, exact text', async () => {
    const dir = freshDir();
    const statements = join(dir, 'hostile.statements.json');
    const file = toStatements(curated);
    // text a spreadsheet would evaluate, in an actor's label and a document's title
    file.actors[0]!.label = '@SUM(A1:A9)';
    file.documents[0]!.title = '=HYPERLINK("http://example.test","open")';
    writeFileSync(statements, JSON.stringify(file));
    for (const safe of [false, true]) {
      const out = join(dir, safe ? 'safe.csv' : 'exact.csv');
      const run = await claimgraph('export', '--graph', statements, '-o', out, ...(safe ? ['--spreadsheet-safe'] : []));
      expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
      const nodes = readFileSync(out.replace(/\.csv$/, '.nodes.csv'), 'utf8');
      expect(nodes.includes("'@SUM(A1:A9)")).toBe(safe);
      expect(nodes.includes(`"'=HYPERLINK(""http://example.test"",""open"")"`)).toBe(safe);
      expect(nodes.includes('@SUM(A1:A9)')).toBe(true);
    }
  });

  it('--graph reads GEXF, JSON and statements files and merges them; the format may come from -o', async () => {
    const dir = freshDir();
    const gexf = join(dir, 'curated.gexf');
    writeFileSync(gexf, serializeGraph(curated, 'gexf'));
    const out = join(dir, 'again.statements.json');
    expect((await claimgraph('export', '--graph', gexf, '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(serializeGraph(curated, 'statements'));
  });

  it('merging a graph with itself is a conflict naming both files', async () => {
    const dir = freshDir();
    const gexf = join(dir, 'a.gexf');
    const json = join(dir, 'b.json');
    writeFileSync(gexf, serializeGraph(curated, 'gexf'));
    writeFileSync(json, serializeGraph(curated, 'json'));
    const run = await claimgraph('export', '--format', 'json', '--graph', gexf, '--graph', json);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `claimgraph: claimgraph/model/buildGraph: document "aleppo-2016" is in both ${gexf} and ${json}\n`,
    });
  });

  it('without --format or -o it says so on one line', async () => {
    expect(await claimgraph('export')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'claimgraph: claimgraph/cli/export: no output format; give --format gexf|json|statements|graphml|csv|jsonld\n',
    });
  });

  it('a bad --graph file fails, writes nothing and leaves the existing output untouched (a real process)', async () => {
    const dir = freshDir();
    const bad = join(dir, 'bad.gexf');
    writeFileSync(
      bad,
      serializeGraph(curated, 'gexf').replace(/<edge id="about:aleppo-2016\/s1#0"[\s\S]*?<\/edge>/, (edge) =>
        edge.replaceAll('about"', 'mentions"'),
      ),
    );
    const out = join(dir, 'out.gexf');
    writeFileSync(out, 'previous');
    const run = await runCliProcess('export', '--format', 'gexf', '--graph', bad, '-o', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(`claimgraph: claimgraph/io/gexf/parse: ${bad}: 1 problem:`);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['bad.gexf', 'out.gexf']);
  });

  it('a missing --graph file is one line naming it', async () => {
    const missing = join(freshDir(), 'missing.gexf');
    expect(await claimgraph('export', '--format', 'gexf', '--graph', missing)).toEqual({
      code: 1,
      stdout: '',
      stderr: `claimgraph: claimgraph/io/readChunks: ${missing}: no such file\n`,
    });
  });
});
