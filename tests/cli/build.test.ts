// `claimgraph build` in temporary folders: in this process through main(argv), and as a real
// process (node bin/claimgraph.mjs) for a success and a failure that must leave the output alone.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../src/io/defaultGraph.ts';
import { readGraphFile, serializeGraph } from '../../src/io/graphFile.ts';
import { STATEMENTS_FORMAT, buildGraph, toStatements } from '../../src/model/index.ts';
import { skipReason, validateGexf } from '../io/gexf/validateGexf.ts';
import { runCli as claimgraph, runCliProcess } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';

const freshDir = tempDirs('cli-build');
const curated = await loadDefaultGraph();
const TEXT = 'Kerry denied the charge.';
const statements = {
  format: STATEMENTS_FORMAT,
  documents: [{ id: 'k1' }],
  actors: [{ id: 'kerry', label: 'John Kerry', kind: 'person', aliases: ['Kerry'] }],
  statements: [
    {
      id: 's1',
      doc: 'k1',
      speaker: 'kerry',
      stance: 'denies',
      cue: { start: 6, end: 12, text: 'denied' },
      content: { start: 13, end: 23, text: 'the charge' },
      evidence: { start: 0, end: 24, text: TEXT },
    },
  ],
};

describe('claimgraph build', () => {
  it('--help describes the command', async () => {
    const run = await claimgraph('build', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: claimgraph build [options] [files...]');
    expect(run.stdout).toContain('--format <format>');
  });

  it('without files builds the curated graph; the format follows the extension (a real process)', async () => {
    const out = join(freshDir(), 'curated.gexf');
    const run = await runCliProcess('build', '-o', out);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(serializeGraph(curated, 'gexf'));
    if (!skipReason) expect(validateGexf(out)).toEqual({ ok: true, output: `${out} validates` });
    expect(toStatements(await readGraphFile(out))).toStrictEqual(toStatements(curated));
  });

  it('builds and merges the statements files given, texts found beside them; --format wins', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'k1.txt'), TEXT);
    writeFileSync(join(dir, 'k1.json'), JSON.stringify(statements));
    const out = join(dir, 'out.json');
    const run = await claimgraph('build', join(dir, 'k1.json'), '-o', out, '--format', 'statements');
    expect(run.code).toBe(0);
    const expected = buildGraph({ ...statements, documents: [{ id: 'k1', text: TEXT }] } as never);
    expect(readFileSync(out, 'utf8')).toBe(serializeGraph(expected, 'statements'));
  });

  it.each([
    ['no output', ['build'], 2, "error: required option '-o, --output <file>' not specified"],
    [
      'an unknown format',
      ['build', '-o', 'x.gexf', '--format', 'xml'],
      2,
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are gexf, json, statements, graphml, csv, jsonld.",
    ],
  ])('%s is a usage error', async (_name, args, status, message) => {
    const run = await claimgraph(...args);
    expect(run.code).toBe(status);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  it('an output extension it cannot read is one line on stderr', async () => {
    const out = join(freshDir(), 'out.xml');
    const run = await claimgraph('build', '-o', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `claimgraph: claimgraph/cli/build: cannot tell the format of ${out} from its extension; give --format gexf|json|statements|graphml|csv|jsonld\n`,
    );
  });

  it('a bad input file fails naming it, and leaves the existing output untouched (a real process)', async () => {
    const dir = freshDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...statements, documents: [{ id: 'k1', text: TEXT }], actors: [] }));
    const out = join(dir, 'out.gexf');
    writeFileSync(out, 'previous');
    const run = await runCliProcess('build', bad, '-o', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `claimgraph: ${bad}: 1 problem(s) in statements@1 data:\n  statements[0].speaker: "kerry" is not an actor id\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'out.gexf']);
  });
});
