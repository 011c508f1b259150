// Start-up benchmark: whole commands as a user runs them, each run its own process, the two
// sides of each pair alternating (A B A B …) so that a drift in the machine's speed hits both;
// wall and CPU seconds (the child's own user + system time, from /usr/bin/time when present,
// else wall only) as median (min–max), and the ratio A/B pair by pair.
//   - `claimgraph --help` (compiled) against a bare `node -e 0`: the target is at most 3×;
//   - extraction of the seed article (compiled) against the same command on the old start-up
//     (the sources compiled by tsx at run time, CLAIMGRAPH_FROM_SOURCES=1): the target is < 0.5 s;
//   - `claimgraph --help` compiled against the old start-up.
//   npm run bench -- startup [--runs=N]        (default 7 runs of each)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleness } from '../bin/compiled.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/claimgraph.mjs');
const ARTICLE = join(ROOT, 'graph/articles/aleppo-2016.txt');
const TIME = '/usr/bin/time';

interface Command {
  name: string;
  args: string[];
  env?: Record<string, string>;
}

interface Sample {
  wall: number;
  cpu?: number;
}

function run(command: Command, scratch: string): Sample {
  const timed = existsSync(TIME);
  const report = join(scratch, 'time.txt');
  const argv = timed
    ? [TIME, '-f', '%U %S', '-o', report, process.execPath, ...command.args]
    : [process.execPath, ...command.args];
  const start = performance.now();
  const child = spawnSync(argv[0] as string, argv.slice(1), {
    cwd: ROOT,
    env: { ...process.env, ...command.env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wall = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(`startup bench: ${command.name} failed: ${child.stderr.trim()}`);
  if (!timed) return { wall };
  const [user, system] = readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: (user as number) + (system as number) };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const spread = (values: readonly number[], digits = 3): string =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

function pair(a: Command, b: Command, runs: number, scratch: string): void {
  run(a, scratch); // warm-up: the file cache, not counted
  run(b, scratch);
  const as: Sample[] = [];
  const bs: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(run(a, scratch));
    bs.push(run(b, scratch));
  }
  console.log(`\n${a.name}  vs  ${b.name}  (${runs} runs each, alternating)`);
  const rows: Record<string, string>[] = [];
  for (const [figure, pick] of [
    ['wall s', (s: Sample) => s.wall],
    ['cpu s', (s: Sample) => s.cpu],
  ] as const) {
    if (as.some((s) => pick(s) === undefined)) continue;
    const av = as.map((s) => pick(s)!);
    const bv = bs.map((s) => pick(s)!);
    rows.push({
      figure,
      A: spread(av),
      B: spread(bv),
      'A/B': spread(
        av.map((v, i) => v / bv[i]!),
        2,
      ),
    });
  }
  console.table(rows);
}

// a stale build would run the sources through tsx on both sides: build first, as npm ci does
if (staleness() !== undefined) execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });

const args = process.argv.slice(2);
const asked = Number(/^--runs=(\d+)$/.exec(args.find((arg) => arg.startsWith('--runs=')) ?? '')?.[1]);
const runs = asked > 0 ? asked : 7;
const scratch = mkdtempSync(join(tmpdir(), 'claimgraph-startup-bench-'));
const out = join(scratch, 'x.json');
const sources = { CLAIMGRAPH_FROM_SOURCES: '1' };
try {
  const help: Command = { name: 'claimgraph --help', args: [BIN, '--help'] };
  pair(help, { name: 'node -e 0', args: ['-e', '0'] }, runs, scratch);
  pair(
    { name: 'claimgraph extract (seed article)', args: [BIN, 'extract', ARTICLE, '-o', out] },
    { name: 'the same, old start-up (tsx)', args: [BIN, 'extract', ARTICLE, '-o', out], env: sources },
    runs,
    scratch,
  );
  pair(help, { name: 'claimgraph --help, old start-up (tsx)', args: [BIN, '--help'], env: sources }, runs, scratch);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
