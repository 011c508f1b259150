// GEXF export benchmark: graphology-gexf's writer (graphToGexf, one string, then
// writeFileAtomic) against the streaming writer (writeGraphFile: gexfChunks → writeFileAtomic;
// both flush to disk before the rename), on a synthetic claim graph (src/synth: a realistic
// mix of documents, actors and claims, of edge kinds, and spans into real document texts;
// about three edges per node). Each writer runs in a fresh child process, which builds the
// same graph (fixed seed) and reports time and peak memory, so that neither run disturbs the
// other.
//   npm run bench -- gexf            100k nodes, ~300k edges
//   npm run bench -- gexf --full     1M nodes, ~3M edges (graphology-gexf needs ~10 GiB)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/io/files/atomicWrite.ts';
import { graphToGexf } from '../src/io/gexf/index.ts';
import { writeGraphFile } from '../src/io/graphFile.ts';
import { syntheticGraph } from '../src/synth/index.ts';

const WRITERS = ['graphology-gexf', 'streaming'] as const;
type Writer = (typeof WRITERS)[number];

interface Result {
  writer: Writer;
  nodes: number;
  edges: number;
  buildSeconds: number;
  writeSeconds: number;
  rssAfterBuild: number;
  peakRss: number;
  heapAfterBuild: number;
  peakHeapSeen: number;
  bytes: number;
  sha256: string;
  /** Why the writer failed, e.g. a file larger than the longest string Node can build. */
  failed?: string;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function child(writer: Writer, nodes: number, out: string): Promise<Result> {
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
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const result = {
    writer,
    nodes: graph.order,
    edges: graph.size,
    buildSeconds,
    writeSeconds,
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

function parent(full: boolean): void {
  const nodes = full ? 1_000_000 : 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-gexf-bench-'));
  const self = fileURLToPath(import.meta.url);
  const results: Result[] = [];
  try {
    for (const writer of WRITERS) {
      const run = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          '--max-old-space-size=16384',
          '--import',
          'tsx',
          self,
          '--child',
          writer,
          String(nodes),
          join(dir, `${writer}.gexf`),
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
      );
      if (run.status !== 0)
        throw new Error(`gexf bench: the ${writer} child failed (exit ${run.status ?? run.signal})`);
      results.push(JSON.parse(run.stdout.trim().split('\n').pop() as string) as Result);
      rmSync(join(dir, `${writer}.gexf`), { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [reference, streaming] = results as [Result, Result];
  console.log(
    `synthetic claim graph: ${streaming.nodes} nodes, ${streaming.edges} edges (built in ${streaming.buildSeconds.toFixed(1)} s); output ${mib(streaming.bytes)}`,
  );
  console.table(
    results.map((r) => ({
      writer: r.writer,
      'write s': r.failed ? `failed after ${r.writeSeconds.toFixed(1)}` : +r.writeSeconds.toFixed(2),
      'peak RSS': mib(r.peakRss),
      'RSS after build': mib(r.rssAfterBuild),
      'writer RSS overhead': mib(r.peakRss - r.rssAfterBuild),
      'heap after build': mib(r.heapAfterBuild),
      'peak heap seen': mib(r.peakHeapSeen),
      'MB/s': r.failed ? '-' : +(r.bytes / 1e6 / r.writeSeconds).toFixed(0),
    })),
  );
  for (const r of results) if (r.failed) console.log(`${r.writer} failed: ${r.failed}`);
  if (streaming.failed) process.exitCode = 1;
  if (reference.failed || streaming.failed) return;
  console.log(
    `speed ratio (graphology-gexf time / streaming time): ${(reference.writeSeconds / streaming.writeSeconds).toFixed(1)}×`,
  );
  console.log(
    `same bytes: ${reference.sha256 === streaming.sha256 ? 'yes' : 'NO'} (sha256 ${streaming.sha256.slice(0, 16)}…)`,
  );
  if (reference.sha256 !== streaming.sha256) process.exitCode = 1;
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [, writer, nodes, out] = args as [string, Writer, string, string];
  console.log(JSON.stringify(await child(writer, Number(nodes), out)));
} else {
  parent(args.includes('--full'));
}
