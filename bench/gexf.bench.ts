// GEXF export benchmark: graphology-gexf's writer (graphToGexf, one string, then
// writeFileAtomic) against the streaming writer (writeGraphFile: gexfChunks → writeFileAtomic;
// both flush to disk before the rename), on a random claim graph
// with a realistic mix of documents, actors and claims, of edge kinds, and spans into real
// document texts. Each writer runs in a fresh child process, which builds the same graph
// (fixed seed) and reports time and peak memory, so that neither run disturbs the other.
//   npm run bench -- gexf            100k nodes, 300k edges
//   npm run bench -- gexf --full     1M nodes, 3M edges (graphology-gexf needs ~10 GiB)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/io/files/atomicWrite.ts';
import { graphToGexf } from '../src/io/gexf/index.ts';
import { writeGraphFile } from '../src/io/graphFile.ts';
import { ACTOR_KINDS, STANCES, actorKey, claimKey, createClaimGraph, docKey, type ClaimGraph, type Span } from '../src/model/index.ts';

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

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the minister said forces had taken control of districts after fighting officials denied claims that civilians were killed in strikes on Tuesday and rebels rejected talks'.split(' ');

/** A claim graph of about `nodes` nodes and exactly `edges` edges, with the shapes buildGraph makes. */
export function randomClaimGraph(nodes: number, edges: number, seed = 42): ClaimGraph {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const graph = createClaimGraph();
  const docCount = Math.max(1, Math.round(nodes / 100));
  const actorCount = Math.max(2, Math.round(nodes / 25));
  const claimCount = Math.max(1, nodes - docCount - actorCount);
  const texts: string[] = [];
  for (let d = 0; d < docCount; d++) {
    let text = `CITY: `;
    while (text.length < 2000) text += `${pick(WORDS)}${rand() < 0.1 ? '. ' : ' '}`;
    texts.push(text);
    graph.addNode(docKey(`doc-${d}`), { kind: 'document', label: `Article ${d}`, title: `Article ${d}`, published: '2016-12-07', url: `https://example.org/${d}`, text });
  }
  for (let a = 0; a < actorCount; a++) {
    graph.addNode(actorKey(`actor-${a}`), { kind: 'actor', label: `Actor ${a}`, actorKind: pick(ACTOR_KINDS), aliases: [`A${a}`, `Actor number ${a}`] });
  }
  let edgeCount = 0;
  for (let a = 1; a < actorCount && edgeCount < edges; a += 4) {
    graph.addDirectedEdgeWithKey(`memberOf:actor-${a}`, actorKey(`actor-${a}`), actorKey(`actor-${a - 1}`), { kind: 'memberOf' });
    edgeCount++;
  }
  const span = (text: string, length: number): Span => {
    const start = Math.floor(rand() * (text.length - length));
    return { start, end: start + length, text: text.slice(start, start + length) };
  };
  const claims: string[] = [];
  for (let c = 0; c < claimCount; c++) {
    const d = Math.floor(rand() * docCount);
    const doc = `doc-${d}`;
    const text = texts[d] as string;
    const content = span(text, 40 + Math.floor(rand() * 80));
    const key = claimKey(doc, `s${c}`);
    graph.addNode(key, { kind: 'claim', label: content.text.slice(0, 59), text: content.text, doc, start: content.start, end: content.end, statement: `s${c}` });
    const evidence = span(text, 150);
    const stance = pick(STANCES);
    const cue = rand() < 0.1 ? null : span(text, 4 + Math.floor(rand() * 6));
    graph.addDirectedEdgeWithKey(`${stance}:${doc}/s${c}`, actorKey(`actor-${Math.floor(rand() * actorCount)}`), key, { kind: stance, statement: `s${c}`, doc, cue, evidence, ...(cue ? {} : { implicit: true }) });
    graph.addDirectedEdgeWithKey(`reports:${doc}/s${c}`, docKey(doc), key, { kind: 'reports', doc, statement: `s${c}`, evidence });
    edgeCount += 2;
    claims.push(key);
  }
  for (let i = 0; edgeCount < edges; i++) {
    const claim = claims[Math.floor(rand() * claims.length)] as string;
    const roll = rand();
    if (roll < 0.85 || claims.length < 2) {
      const kind = roll < 0.7 ? 'about' : 'targets';
      graph.addDirectedEdgeWithKey(`${kind}:${claim}#${i}`, claim, actorKey(`actor-${Math.floor(rand() * actorCount)}`), { kind });
    } else {
      graph.addDirectedEdgeWithKey(`responds:${claim}#${i}`, claim, claims[Math.floor(rand() * claims.length)] as string, { kind: 'responds' });
    }
    edgeCount++;
  }
  return graph;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function child(writer: Writer, nodes: number, edges: number, out: string): Promise<Result> {
  const buildStart = performance.now();
  const graph = randomClaimGraph(nodes, edges);
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
  const result = { writer, nodes: graph.order, edges: graph.size, buildSeconds, writeSeconds, rssAfterBuild, peakRss, heapAfterBuild, peakHeapSeen, bytes: 0, sha256: '' };
  if (failed) return { ...result, failed };
  return { ...result, bytes: statSync(out).size, sha256: await sha256(out) };
}

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

function parent(full: boolean): void {
  const [nodes, edges] = full ? [1_000_000, 3_000_000] : [100_000, 300_000];
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-gexf-bench-'));
  const self = fileURLToPath(import.meta.url);
  const results: Result[] = [];
  try {
    for (const writer of WRITERS) {
      const run = spawnSync(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', self, '--child', writer, String(nodes), String(edges), join(dir, `${writer}.gexf`)],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
      );
      if (run.status !== 0) throw new Error(`gexf bench: the ${writer} child failed (exit ${run.status ?? run.signal})`);
      results.push(JSON.parse(run.stdout.trim().split('\n').pop() as string) as Result);
      rmSync(join(dir, `${writer}.gexf`), { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [reference, streaming] = results as [Result, Result];
  console.log(`random claim graph: ${streaming.nodes} nodes, ${streaming.edges} edges (built in ${streaming.buildSeconds.toFixed(1)} s); output ${mib(streaming.bytes)}`);
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
  console.log(`speed ratio (graphology-gexf time / streaming time): ${(reference.writeSeconds / streaming.writeSeconds).toFixed(1)}×`);
  console.log(`same bytes: ${reference.sha256 === streaming.sha256 ? 'yes' : 'NO'} (sha256 ${streaming.sha256.slice(0, 16)}…)`);
  if (reference.sha256 !== streaming.sha256) process.exitCode = 1;
}

const args = process.argv.slice(2);
if (process.argv[1] !== fileURLToPath(import.meta.url)) {
  // imported (by a scratch script or a profile run): only randomClaimGraph is wanted
} else if (args[0] === '--child') {
  const [, writer, nodes, edges, out] = args as [string, Writer, string, string, string];
  console.log(JSON.stringify(await child(writer, Number(nodes), Number(edges), out)));
} else {
  parent(args.includes('--full'));
}
