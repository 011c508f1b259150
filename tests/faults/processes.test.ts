// The faults only a real process shows: a kill (SIGKILL, nothing cleaned up) at each stage of
// each command that writes, two runs writing one output at once, and a reader that closes
// the pipe. A process is stopped exactly at a stage through CLAIMGRAPH_STOP_AT (see
// src/checkpoint.ts), then killed. After a kill the earlier output is as it was; the next run
// (in-process) succeeds, removes what the killed one left (its temporary file, its lock) and,
// for ingest, resumes from the cache.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/output/exitStatus.ts';
import { cachePath } from '../../src/corpus/ingest/index.ts';
import { lockPath } from '../../src/io/files/lock.ts';
import { REPO, runCli } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';
import { bigInputs, ORACLE, type BigInputs } from './writers.ts';

const fresh = tempDirs('faults-processes');
const EARLIER = 'an earlier output, to be left as it was\n';
let inputs: BigInputs;
beforeAll(() => {
  inputs = bigInputs(fresh(), 120);
  process.env.CLAIMGRAPH_ORACLE = inputs.truth;
});

interface Started {
  child: ChildProcess;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Runs `claimgraph …args`; its stdout is read and dropped unless `keepStdout` (the test reads it). */
function start(args: string[], env: Record<string, string> = {}, keepStdout = false): Started {
  const child = spawn(process.execPath, [join(REPO, 'bin/claimgraph.mjs'), ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (!keepStdout) child.stdout?.resume();
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exit };
}

/** Starts a command that stops itself at `stage`; resolves once it has. */
async function stoppedAt(args: string[], stage: string): Promise<Started> {
  const run = start(args, { CLAIMGRAPH_STOP_AT: stage });
  for (;;) {
    if (run.stderr().includes(`stopped at ${stage}`)) return run;
    if (run.child.exitCode !== null) throw new Error(`exited ${run.child.exitCode} before ${stage}: ${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function killed(run: Started): Promise<void> {
  run.child.kill('SIGKILL');
  await run.exit;
}

const temporaries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));

interface KillCase {
  name: string;
  stages: string[];
  args: (out: string) => string[];
  output: (out: string) => string;
}

const ingestArgs = (out: string) => [
  'ingest',
  inputs.corpus,
  '-o',
  join(out, 'corpus.statements.json'),
  '--workers',
  '1',
  '--batch',
  '8',
  '--extractor',
  ORACLE,
  '--no-progress',
];

const KILLS: KillCase[] = [
  {
    name: 'extract',
    stages: ['read', 'extract', 'write'],
    args: (out) => ['extract', ...inputs.articles.slice(0, 6), '-o', join(out, 'out.json')],
    output: (out) => join(out, 'out.json'),
  },
  {
    name: 'ingest',
    stages: ['read', 'extract', 'assemble', 'write'],
    args: ingestArgs,
    output: (out) => join(out, 'corpus.statements.json'),
  },
  {
    name: 'build',
    stages: ['write'],
    args: (out) => ['build', inputs.graph, '-o', join(out, 'out.gexf')],
    output: (out) => join(out, 'out.gexf'),
  },
  {
    name: 'export',
    stages: ['write'],
    args: (out) => ['export', '--graph', inputs.graph, '--format', 'json', '-o', join(out, 'out.json')],
    output: (out) => join(out, 'out.json'),
  },
  {
    name: 'synth',
    stages: ['write'],
    args: (out) => ['synth', '--articles', '60', '-o', join(out, 'out.jsonl')],
    output: (out) => join(out, 'out.jsonl'),
  },
];

describe.each(KILLS)('$name killed', (c) => {
  it.each(c.stages)(
    'at %s: the earlier output intact; the next run succeeds and leaves nothing behind',
    async (stage) => {
      const out = fresh();
      // ingest reads its earlier output back: it starts with none
      if (c.name !== 'ingest') writeFileSync(c.output(out), EARLIER);
      await killed(await stoppedAt(c.args(out), stage));
      if (c.name === 'ingest') expect(existsSync(c.output(out))).toBe(false);
      else expect(readFileSync(c.output(out), 'utf8')).toBe(EARLIER);
      const again = await runCli(...c.args(out));
      expect(again.code, again.stderr).toBe(EXIT.done);
      expect(temporaries(out)).toEqual([]);
      if (c.name === 'ingest' && stage !== 'read') {
        // what the killed run extracted is not extracted again
        expect(again.stderr).toMatch(/ingest: \d+ extracted/);
        expect(Number(/ingest: (\d+) extracted/.exec(again.stderr)?.[1])).toBeLessThan(120);
      }
    },
    120_000,
  );
});

describe('two writers at once', () => {
  it('a second ingest into the same output fails at once with one line; the first finishes', async () => {
    const out = fresh();
    const first = await stoppedAt(ingestArgs(out), 'extract');
    const second = await runCli(...ingestArgs(out));
    expect(second.code).toBe(EXIT.failed);
    expect(second.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(second.stderr).toMatch(
      /is being written by another claimgraph run \(pid \d+ on .*\); wait for it to finish/,
    );
    first.child.kill('SIGCONT');
    expect(await first.exit, first.stderr()).toBe(EXIT.done);
    const output = JSON.parse(readFileSync(join(out, 'corpus.statements.json'), 'utf8')) as { documents: unknown[] };
    expect(output.documents).toHaveLength(120);
    // every document once in the cache: the second run wrote nothing
    expect(
      readFileSync(cachePath(join(out, 'corpus.statements.json')), 'utf8')
        .trimEnd()
        .split('\n'),
    ).toHaveLength(120);
    expect(temporaries(out)).toEqual([]);
  }, 120_000);

  it('a lock left by a killed run does not stay: the next run takes it over', async () => {
    const out = fresh();
    await killed(await stoppedAt(ingestArgs(out), 'extract'));
    expect(existsSync(lockPath(join(out, 'corpus.statements.json')))).toBe(true);
    const next = await runCli(...ingestArgs(out));
    expect(next.code, next.stderr).toBe(EXIT.done);
    expect(temporaries(out)).toEqual([]);
  }, 120_000);

  it('two exports into one file at once: both finish and the file is one whole export', async () => {
    const out = fresh();
    const args = ['export', '--graph', inputs.graph, '--format', 'json', '-o', join(out, 'out.json')];
    const [a, b] = [start(args), start(args)];
    expect([await a.exit, await b.exit]).toEqual([EXIT.done, EXIT.done]);
    expect(() => JSON.parse(readFileSync(join(out, 'out.json'), 'utf8'))).not.toThrow();
    expect(temporaries(out)).toEqual([]);
  }, 120_000);
});

describe('a reader that closes the pipe (claimgraph … | head)', () => {
  it.each([
    ['query triples', () => ['query', 'triples', '--graph', inputs.graph]],
    ['corpus corroboration', () => ['corpus', 'corroboration', '-g', inputs.graph, '--limit', '500']],
    ['export --format gexf', () => ['export', '--graph', inputs.graph, '--format', 'gexf']],
    ['extract', () => ['extract', ...inputs.articles.slice(0, 4)]],
  ])(
    'regression: %s ends quietly with status 0',
    async (_name, args) => {
      const run = start(args(), {}, true);
      // read the first chunk, then close the pipe as head does
      await new Promise<void>((resolve) => run.child.stdout?.once('data', () => resolve()));
      run.child.stdout?.destroy();
      expect(await run.exit, run.stderr()).toBe(EXIT.done);
      expect(run.stderr()).toBe('');
    },
    120_000,
  );
});
