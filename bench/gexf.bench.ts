// GEXF benchmark: graphology-gexf's writer (graphToGexf, one string, then writeFileAtomic)
// against the streaming writer (writeGraphFile: gexfChunks → writeFileAtomic; both flush to
// disk before the rename), and the streaming reader (readGraphFile: the file streamed through
// saxes, checked and built once) on the streaming writer's file, on a synthetic claim graph
// (src/synth: a realistic mix of documents, actors and claims, of edge kinds, and spans into
// real document texts; about three edges per node). Each run is a fresh child process: a
// writer builds the same graph (fixed seed) and writes it; the reader reads the file back;
// each reports wall time, CPU time (all threads, garbage collection included: on a machine
// shared with other jobs it varies less than wall time) and peak memory, so that no run
// disturbs another. The timed parts are the same work a user waits for on each side: a graph
// in memory to a file on disk (the writer builds its graph before the clock starts), and a
// file on disk to a checked graph in memory (parsing, checking and building included). The
// reader then writes what it read to a hash (not timed): the same bytes as the file prove the
// round trip exact.
//   npm run bench -- gexf            100k nodes, ~300k edges; 3 runs of write and read
//   npm run bench -- gexf --full     1M nodes, ~3M edges, 1 run (graphology-gexf needs ~10 GiB)
//   options: --runs=N, --no-reference (leave out graphology-gexf's writer)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/io/files/atomicWrite.ts';
import { gexfChunks, graphToGexf } from '../src/io/gexf/index.ts';
import { readGraphFile, writeGraphFile } from '../src/io/graphFile.ts';
import { syntheticGraph } from '../src/synth/index.ts';

type Writer = 'graphology-gexf' | 'streaming' | 'read';

interface Result {
  writer: Writer;
  nodes: number;
  edges: number;
  buildSeconds: number;
  writeSeconds: number;
  /** CPU time of the timed part (all threads, garbage collection included): less bent by other jobs than wall time. */
  cpuSeconds: number;
  rssAfterBuild: number;
  peakRss: number;
  heapAfterBuild: number;
  peakHeapSeen: number;
  bytes: number;
  sha256: string;
  /** Why the writer failed, e.g. a file larger than the longest string Node can build. */
  failed?: string;
}

/** CPU seconds (user + system) since `since`. */
function cpu(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The reader: reads the file back, then hashes what it read, written again as GEXF (not timed). */
async function reader(file: string): Promise<Result> {
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peakHeapSeen = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (peakHeapSeen = Math.max(peakHeapSeen, process.memoryUsage().heapUsed)), 20);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let graph;
  try {
    graph = await readGraphFile(file);
  } catch (error) {
    clearInterval(sampler);
    const failed = `${(error as Error).name}: ${(error as Error).message.slice(0, 300)}`;
    return { ...empty('read'), writeSeconds: (performance.now() - start) / 1000, failed };
  }
  const writeSeconds = (performance.now() - start) / 1000;
  const cpuSeconds = cpu(cpuStart);
  clearInterval(sampler);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  globalThis.gc?.();
  const heapAfterBuild = process.memoryUsage().heapUsed;
  const hash = createHash('sha256');
  for (const chunk of gexfChunks(graph)) hash.update(chunk);
  return {
    ...empty('read'),
    nodes: graph.order,
    edges: graph.size,
    writeSeconds,
    cpuSeconds,
    rssAfterBuild: rssBefore,
    peakRss,
    heapAfterBuild,
    peakHeapSeen,
    bytes: statSync(file).size,
    sha256: hash.digest('hex'),
  };
}

const empty = (writer: Writer): Result => ({
  writer,
  nodes: 0,
  edges: 0,
  buildSeconds: 0,
  writeSeconds: 0,
  cpuSeconds: 0,
  rssAfterBuild: 0,
  peakRss: 0,
  heapAfterBuild: 0,
  peakHeapSeen: 0,
  bytes: 0,
  sha256: '',
});

async function child(writer: Writer, nodes: number, out: string): Promise<Result> {
  if (writer === 'read') return reader(out);
  const buildStart = performance.now();
  const graph = syntheticGraph(nodes, {
    seed: 42,
    documentShare: 0.01,
    actorShare: 0.04,
    about: [1, 1],
    contentWords: [6, 16],
  });
  const buildSeconds = (performance.now() - buildStart) / 1000;
  globalThis.gc?.();
  const rssAfterBuild = process.memoryUsage().rss;
  const heapAfterBuild = process.memoryUsage().heapUsed;
  let peakHeapSeen = heapAfterBuild;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let failed: string | undefined;
  try {
    if (writer === 'graphology-gexf') {
      const xml = graphToGexf(graph);
      peakHeapSeen = Math.max(peakHeapSeen, process.memoryUsage().heapUsed);
      await writeFileAtomic(out, xml);
    } else {
      const sampler = setInterval(() => (peakHeapSeen = Math.max(peakHeapSeen, process.memoryUsage().heapUsed)), 20);
      await writeGraphFile(graph, out, 'gexf').finally(() => clearInterval(sampler));
    }
  } catch (error) {
    failed = `${(error as Error).name}: ${(error as Error).message}`;
  }
  const writeSeconds = (performance.now() - start) / 1000;
  const cpuSeconds = cpu(cpuStart);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const result = {
    writer,
    nodes: graph.order,
    edges: graph.size,
    buildSeconds,
    writeSeconds,
    cpuSeconds,
    rssAfterBuild,
    peakRss,
    heapAfterBuild,
    peakHeapSeen,
    bytes: 0,
    sha256: '',
  };
  if (failed) return { ...result, failed };
  return { ...result, bytes: statSync(out).size, sha256: await sha256(out) };
}

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

function runChild(writer: Writer, nodes: number, file: string): Result {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', self, '--child', writer, String(nodes), file],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`gexf bench: the ${writer} child failed (exit ${run.status ?? run.signal})`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as Result;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const seconds = (results: readonly Result[], field: 'writeSeconds' | 'cpuSeconds' = 'writeSeconds'): string => {
  const times = results.map((r) => r[field]);
  return `${median(times).toFixed(2)} (${Math.min(...times).toFixed(2)}–${Math.max(...times).toFixed(2)})`;
};

/**
 * Streaming write and read alternate, each in its own process, `runs` times (median and
 * spread); graphology-gexf's writer runs once after them, unless --no-reference.
 */
function parent(full: boolean, runs: number, reference: boolean): void {
  const nodes = full ? 1_000_000 : 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-gexf-bench-'));
  const file = join(dir, 'streaming.gexf');
  const writes: Result[] = [];
  const reads: Result[] = [];
  let graphologyGexf: Result | undefined;
  try {
    for (let run = 0; run < runs; run++) {
      writes.push(runChild('streaming', nodes, file));
      reads.push(runChild('read', nodes, file));
      if (reads.at(-1)?.failed) break;
    }
    rmSync(file, { force: true });
    if (reference) {
      graphologyGexf = runChild('graphology-gexf', nodes, join(dir, 'graphology-gexf.gexf'));
      rmSync(join(dir, 'graphology-gexf.gexf'), { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const streaming = writes[0] as Result;
  console.log(
    `synthetic claim graph: ${streaming.nodes} nodes, ${streaming.edges} edges (built in ${streaming.buildSeconds.toFixed(1)} s); GEXF ${mib(streaming.bytes)}; ${runs} run(s) of each, each in its own process`,
  );
  const rows = [...(graphologyGexf ? [graphologyGexf] : []), ...writes, ...reads];
  console.table(
    rows.map((r) => ({
      run: r.writer === 'read' ? 'read (streaming)' : `write (${r.writer})`,
      seconds: r.failed ? `failed after ${r.writeSeconds.toFixed(1)}` : +r.writeSeconds.toFixed(2),
      'CPU s': +r.cpuSeconds.toFixed(2),
      'peak RSS': mib(r.peakRss),
      'RSS before': mib(r.rssAfterBuild),
      'RSS overhead': mib(r.peakRss - r.rssAfterBuild),
      'heap after': mib(r.heapAfterBuild),
      'peak heap seen': mib(r.peakHeapSeen),
      'MB/s': r.failed ? '-' : +(r.bytes / 1e6 / r.writeSeconds).toFixed(0),
    })),
  );
  for (const r of rows) if (r.failed) console.log(`${r.writer} failed: ${r.failed}`);
  if (rows.some((r) => r.failed && r.writer !== 'graphology-gexf')) {
    process.exitCode = 1;
    return;
  }
  console.log(`streaming write s, median (min–max): ${seconds(writes)}`);
  console.log(`streaming read s, median (min–max):  ${seconds(reads)}`);
  console.log(`streaming write CPU s, median (min–max): ${seconds(writes, 'cpuSeconds')}`);
  console.log(`streaming read CPU s, median (min–max):  ${seconds(reads, 'cpuSeconds')}`);
  const ratio = median(reads.map((r) => r.writeSeconds)) / median(writes.map((r) => r.writeSeconds));
  const cpuRatio = median(reads.map((r) => r.cpuSeconds)) / median(writes.map((r) => r.cpuSeconds));
  console.log(
    `read / write (medians): ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU (the target is at most 2×)`,
  );
  const exact = reads.every(
    (r) => r.sha256 === streaming.sha256 && r.nodes === streaming.nodes && r.edges === streaming.edges,
  );
  console.log(`read back exactly (the graph read, written again, has the file's bytes): ${exact ? 'yes' : 'NO'}`);
  if (!exact) process.exitCode = 1;
  if (graphologyGexf && !graphologyGexf.failed) {
    console.log(
      `graphology-gexf write / streaming write: ${(graphologyGexf.writeSeconds / median(writes.map((r) => r.writeSeconds))).toFixed(1)}×; same bytes: ${graphologyGexf.sha256 === streaming.sha256 ? 'yes' : 'NO'}`,
    );
    if (graphologyGexf.sha256 !== streaming.sha256) process.exitCode = 1;
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [, writer, nodes, out] = args as [string, Writer, string, string];
  console.log(JSON.stringify(await child(writer, Number(nodes), out)));
} else {
  // --runs=N (npm run bench passes on only the words that start with a dash)
  const runs = Number(/^--runs=(\d+)$/.exec(args.find((arg) => arg.startsWith('--runs=')) ?? '')?.[1]);
  const full = args.includes('--full');
  parent(full, runs > 0 ? runs : full ? 1 : 3, !args.includes('--no-reference'));
}
