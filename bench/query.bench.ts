// Query speed on a large synthetic graph (default 1M nodes; `npm run bench -- query
// --nodes=200000` for a smaller one): actor-centred queries must cost the actor's
// neighbourhood, not the graph, so a typical actor is answered in well under 10 ms on 1M
// nodes. Prints, per query and actor, the median, p95 and worst time over repeated runs,
// and the first (cold) call; whole-graph queries (all triples, contested) are timed once.
import { performance } from 'node:perf_hooks';
import { actorKey, type ClaimGraph } from '../src/model/index.ts';
import {
  accusationsAgainst,
  contested,
  provenance,
  reach,
  responseChain,
  shortestPath,
  statementsAbout,
  statementsBy,
  triples,
} from '../src/query/index.ts';
import { syntheticGraph } from '../src/synth/index.ts';

const nodesArg = process.argv.find((a) => a.startsWith('--nodes='));
const NODES = nodesArg ? Number(nodesArg.slice('--nodes='.length)) : 1_000_000;
const ACTORS = Math.max(10, Math.round(NODES / 200));
const DOCS = Math.max(1, Math.round(NODES / 22));
const CLAIMS = NODES - ACTORS - DOCS;
const RUNS = 200;
const BUDGET_MS = 2000;

// A few much-discussed actors (skew 2) and a long tail, about two subjects a claim at most,
// about 3.7 edges per node.
function buildLargeGraph(): ClaimGraph {
  return syntheticGraph(NODES, {
    seed: 7,
    documentShare: DOCS / NODES,
    actorShare: ACTORS / NODES,
    about: [1, 2],
    skew: 2,
  });
}

/** The first call, then up to `runs` more within BUDGET_MS (at least 5), as median, p95 and worst. */
function time(
  fn: () => unknown,
  runs = RUNS,
): { cold: number; runs: number; median: number; p95: number; max: number } {
  let start = performance.now();
  fn();
  const cold = performance.now() - start;
  const samples: number[] = [];
  const until = performance.now() + BUDGET_MS;
  while (samples.length < runs && (samples.length < 5 || performance.now() < until)) {
    start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))]!;
  return { cold, runs: samples.length, median: at(0.5), p95: at(0.95), max: at(1) };
}

const ms = (n: number): string => n.toFixed(3);

const start = performance.now();
const graph = buildLargeGraph();
// The build leaves a lot of garbage; collect it now so that it is not charged to a query.
(globalThis as { gc?: () => void }).gc?.();
console.log(
  `graph: ${graph.order} nodes, ${graph.size} edges (${ACTORS} actors, ${DOCS} documents, ${CLAIMS} claims), built in ${((performance.now() - start) / 1000).toFixed(1)} s`,
);

// Actors by degree: the busiest, one at the 99th percentile, the median one.
const byDegree = Array.from({ length: ACTORS }, (_, i) => actorKey(`a${i}`)).sort(
  (a, b) => graph.degree(b) - graph.degree(a),
);
const actors = [
  ['median actor', byDegree[Math.floor(ACTORS / 2)]!],
  ['p99 actor', byDegree[Math.floor(ACTORS / 100)]!],
  ['busiest actor', byDegree[0]!],
] as const;
const someClaim = graph.findNode((_key, attrs) => attrs.kind === 'claim' && attrs.statement === 's3')!;

const rows: string[][] = [['query', 'on', 'degree', 'results', 'runs', 'cold ms', 'median ms', 'p95 ms', 'max ms']];
const row = (
  name: string,
  on: string,
  degree: number | undefined,
  fn: () => unknown[] | object | null,
  runs = RUNS,
): void => {
  const result = fn();
  const count = Array.isArray(result) ? result.length : result === null ? 0 : 1;
  const t = time(fn, runs);
  rows.push([
    name,
    on,
    degree === undefined ? '-' : String(degree),
    String(count),
    String(t.runs),
    ms(t.cold),
    ms(t.median),
    ms(t.p95),
    ms(t.max),
  ]);
};

for (const [name, key] of actors) {
  const degree = graph.degree(key);
  row('triples', name, degree, () => triples(graph, key));
  row('statementsBy', name, degree, () => statementsBy(graph, key));
  row('statementsBy +members', name, degree, () => statementsBy(graph, key, { includeMembers: true }), 50);
  row('statementsAbout', name, degree, () => statementsAbout(graph, key));
  row('accusationsAgainst', name, degree, () => accusationsAgainst(graph, key));
  row('reach depth 1', name, degree, () => reach(graph, key, { depth: 1, direction: 'out' }), 50);
}
// Repeating one actor keeps its neighbourhood in the CPU caches; a corpus user asks about
// many actors, so also time one call each for 100 distinct actors around the median degree.
{
  const around = byDegree.slice(Math.max(0, Math.floor(ACTORS / 2) - 50), Math.floor(ACTORS / 2) + 50);
  const samples = around
    .map((key) => {
      const t = performance.now();
      triples(graph, key);
      return performance.now() - t;
    })
    .sort((a, b) => a - b);
  const at = (q: number): string => ms(samples[Math.min(samples.length - 1, Math.floor(samples.length * q))]!);
  const degrees = around.map((key) => graph.degree(key));
  rows.push([
    'triples',
    '100 distinct actors',
    `${Math.min(...degrees)}–${Math.max(...degrees)}`,
    '-',
    String(samples.length),
    '-',
    at(0.5),
    at(0.95),
    at(1),
  ]);
}
row('provenance', someClaim, graph.degree(someClaim), () => provenance(graph, someClaim));
row('responseChain', someClaim, graph.degree(someClaim), () => responseChain(graph, someClaim), 50);
row(
  'shortestPath',
  'median → p99 actor',
  undefined,
  () => shortestPath(graph, actors[0][1], actors[1][1], { edgeKinds: ['asserts', 'about'] }),
  20,
);
row('triples (whole graph)', 'all', graph.size, () => triples(graph), 1);
row('contested (whole graph)', 'all', graph.size, () => contested(graph), 1);

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows)
  console.log(r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
