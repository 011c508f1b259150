// Store benchmark, one run: a generated corpus ingested by `claimgraph ingest` into memory (a
// .statements.json file) and into a PostgreSQL store (a fresh database), each the whole command
// in its own process; the store's size on disk; then, on the store, query latencies (triples of
// one actor, reach at depth 2, a response chain, the actor network of one month) and the peak
// memory of a `claimgraph serve` process answering them.
// Corpora are generated with a cast that grows with them (--cast-growth R invented actors per 1,000
// articles, default 100; 0 for the fixed cast of 34), as the actors of real news do.
//   npm run bench -- store [--articles N]       (default 2,000; CLAIMGRAPH_BENCH_STORE or the local store)
//   npm run bench -- store --statements N       (N true statements of a generated corpus written straight
//                                                through the store's writer, batches of 1,000 documents,
//                                                without extraction: how a store of 1M statements is filled)
//   npm run bench -- store --store postgres://… (the queries and the server only, on a store already filled)
//   --keep                                      (leave the bench's database, and print its URL)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createHash } from 'node:crypto';
import type { DocResult } from '../src/corpus/assemble.ts';
import { gazetteerEntries } from '../src/extract/index.ts';
import type { ActorRecord, StatementRecord } from '../src/model/index.ts';
import { PgStore } from '../src/store/index.ts';
import { generateCorpus, type SynthCorpus } from '../src/synth/index.ts';

/** The value of `--name V` or `--name=V`. */
function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  const arg = args[at] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}
const STATEMENTS = flag('statements') === undefined ? undefined : Number(flag('statements'));
if (STATEMENTS !== undefined && (!Number.isInteger(STATEMENTS) || STATEMENTS < 1))
  throw new Error(`store bench: --statements wants a whole number ≥ 1`);
// about 5.1 true statements an article
const ARTICLES = STATEMENTS !== undefined ? Math.ceil(STATEMENTS / 5.1) : Number(flag('articles') ?? 2000);
if (!Number.isInteger(ARTICLES) || ARTICLES < 1) throw new Error(`store bench: --articles wants a whole number ≥ 1`);
const GROWTH = Number(flag('cast-growth') ?? 100);
if (!Number.isInteger(GROWTH) || GROWTH < 0) throw new Error(`store bench: --cast-growth wants a whole number ≥ 0`);
const KEEP = process.argv.includes('--keep');
const EXISTING = flag('store');
const BASE = process.env.CLAIMGRAPH_BENCH_STORE ?? 'postgres://cg@127.0.0.1:54329/claimgraph';
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-store-'));
const REPO = new URL('../', import.meta.url).pathname;
const rows: [string, string][] = [];
const row = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name}: ${value}`);
};

function timed(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['bin/claimgraph.mjs', ...args], { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`claimgraph ${args.join(' ')} failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};

/** Each article of a generated corpus as extraction's result for it would be: its document, actors and true statements. */
function docResults(corpus: SynthCorpus): DocResult[] {
  const actors = new Map<string, ActorRecord>(corpus.statements.actors.map((a) => [a.id, a]));
  const byDoc = new Map<string, StatementRecord[]>();
  for (const st of corpus.statements.statements) {
    const list = byDoc.get(st.doc);
    if (list) list.push(st);
    else byDoc.set(st.doc, [st]);
  }
  return corpus.articles.map((a) => {
    const statements = byDoc.get(a.id) ?? [];
    const ids = new Set(statements.flatMap((st) => [st.speaker, ...st.about, ...st.targets]));
    const { id, title, published, url, outlet, text } = a;
    const hash = `sha256:${createHash('sha256').update(text).digest('hex')}`;
    return {
      document: { id, title, published, url, outlet, text, hash },
      actors: [...ids].map((actor) => actors.get(actor) as ActorRecord),
      statements,
    };
  });
}

/** Writes the results through the store's writer (PgStore.write, as ingest's sink does), 1,000 documents a transaction. */
async function bulkLoad(store: string, results: DocResult[]): Promise<number> {
  const s = await PgStore.open(store, { gazetteer: gazetteerEntries() });
  const started = performance.now();
  for (let at = 0; at < results.length; at += 1000) {
    await s.write(results.slice(at, at + 1000));
    if ((at / 1000) % 20 === 19)
      console.error(`  … ${at + 1000} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  await s.tidy({ bulk: true });
  await s.close();
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const name = `cg_bench_${Date.now().toString(36)}`;
  const admin = EXISTING ? undefined : new pg.Client({ connectionString: BASE });
  await admin?.connect();
  await admin?.query(`CREATE DATABASE ${name}`);
  const url = new URL(BASE);
  url.pathname = `/${name}`;
  const store = EXISTING ?? url.toString();
  try {
    row('machine load (1 min) at start', loadavg()[0]?.toFixed(1) ?? '?');
    const growth = GROWTH ? { castGrowth: GROWTH } : {};
    if (!EXISTING && STATEMENTS !== undefined) {
      const corpus = generateCorpus({ articles: ARTICLES, gazetteer: gazetteerEntries(), seed: 1, ...growth });
      const results = docResults(corpus);
      const n = corpus.statements.statements.length;
      const seconds = await bulkLoad(store, results);
      row(
        `true statements of ${ARTICLES} generated articles written through the store's writer`,
        `${n} statements in ${seconds.toFixed(0)} s, ${(n / seconds).toFixed(0)} statements/s, ${(ARTICLES / seconds).toFixed(0)} articles/s`,
      );
    } else if (!EXISTING) {
      const corpus = generateCorpus({ articles: ARTICLES, gazetteer: gazetteerEntries(), seed: 1, ...growth });
      const jsonl = join(dir, 'corpus.jsonl');
      writeFileSync(jsonl, corpus.articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
      const memory = timed(['ingest', jsonl, '-o', join(dir, 'out.statements.json'), '--no-progress']);
      const stored = timed(['ingest', jsonl, '--store', store, '--no-progress']);
      row(
        'ingest into memory (file), whole command',
        `${memory.toFixed(1)} s, ${(ARTICLES / memory).toFixed(0)} articles/s`,
      );
      row(
        'ingest into the store, whole command',
        `${stored.toFixed(1)} s, ${(ARTICLES / stored).toFixed(0)} articles/s`,
      );
      row('store / memory time', `${(stored / memory).toFixed(2)}×`);
    }

    const s = await PgStore.open(store);
    const counts = await s.counts();
    const size =
      (await s.pool.query<{ size: number }>('SELECT pg_database_size(current_database())::bigint AS size')).rows[0]
        ?.size ?? 0;
    row(
      'store',
      `${counts.documents} documents, ${counts.statements} statements, ${counts.actors} actors, ${(size / 2 ** 20).toFixed(0)} MiB on disk`,
    );
    const ranked = (
      await s.pool.query<{ id: string; n: number }>(
        'SELECT speaker AS id, count(*)::int AS n FROM statements GROUP BY speaker ORDER BY count(*) DESC, speaker',
      )
    ).rows.map((r) => ({ key: `actor:${r.id}`, n: r.n }));
    const actors = ranked.slice(0, 30).map((a) => a.key);
    const half = Math.floor(ranked.length / 2);
    const middle = ranked.slice(Math.max(0, half - 15), half + 15).map((a) => a.key);
    const time = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    const rounds = async (list: string[], work: (actor: string) => Promise<unknown>, times = 3) => {
      const took: number[] = [];
      for (let round = 0; round < times; round++) for (const actor of list) took.push(await time(() => work(actor)));
      return `p50 ${pct(took, 50).toFixed(1)} ms, p95 ${pct(took, 95).toFixed(1)} ms`;
    };
    row(
      'speakers',
      `${ranked.length}; the busiest ${ranked[0]?.key} with ${ranked[0]?.n} statements, the median ${ranked[half]?.key} with ${ranked[half]?.n}`,
    );
    row(
      'triples(actor), first page (100), 30 busiest actors × 3',
      await rounds(actors, (a) => s.triplesPage(a, { limit: 100 })),
    );
    row(
      'statements by actor, first page (100), 30 busiest actors × 3',
      await rounds(actors, (a) => s.statementsByPage(a, { limit: 100 })),
    );
    row('triples(actor), whole answer, 30 actors of median activity × 3', await rounds(middle, (a) => s.triples(a)));
    const reachOf = (actor: string) =>
      s.reach(actor, { depth: 2, edgeKinds: ['accuses', 'denies', 'targets', 'about', 'asserts', 'rejects'] });
    row('reach depth 2 (speech acts, about, targets), 30 actors of median activity', await rounds(middle, reachOf, 1));
    row(
      'reach depth 2 (speech acts, about, targets), first page (100), 30 busiest actors × 3',
      await rounds(actors, (a) =>
        s.reachPage(a, {
          depth: 2,
          edgeKinds: ['accuses', 'denies', 'targets', 'about', 'asserts', 'rejects'],
          limit: 100,
        }),
      ),
    );
    row(
      'reach depth 2 (speech acts, about, targets), 5 busiest actors, whole answer',
      await rounds(actors.slice(0, 5), reachOf, 1),
    );
    const contested = (
      await s.pool.query<{ doc: string; id: string }>(
        'SELECT doc, id FROM statements WHERE cardinality(responds) > 0 LIMIT 20',
      )
    ).rows;
    const chain: number[] = [];
    for (const c of contested) chain.push(await time(() => s.responseChain(`claim:${c.doc}/${c.id}`)));
    row(
      'response chain, 20 answering claims',
      `p50 ${pct(chain, 50).toFixed(1)} ms, max ${Math.max(...chain).toFixed(1)} ms`,
    );
    const first = (await s.pool.query<{ day: string }>(`SELECT min(substring(date_key, 1, 10)) AS day FROM documents`))
      .rows[0]?.day as string;
    const end = new Date(Date.parse(first) + 30 * 86_400_000).toISOString().slice(0, 10);
    const network: number[] = [];
    for (let i = 0; i < 3; i++) network.push(await time(() => s.actorNetwork({ from: first, to: end })));
    row(`actor network of one month (${first} – ${end}), 3 runs`, `median ${pct(network, 50).toFixed(0)} ms`);
    await s.close();

    // the server's peak memory while it answers the same kinds of request
    const server = spawn(process.execPath, ['bin/claimgraph.mjs', 'serve', '--store', store, '--port', '0'], {
      cwd: REPO,
    });
    const address = await new Promise<string>((resolve, reject) => {
      server.stderr.on('data', (chunk: Buffer) => {
        const found = /on (http:\/\/\S+)\/api/.exec(chunk.toString());
        if (found) resolve(found[1] as string);
      });
      server.once('exit', () => reject(new Error('serve stopped')));
    });
    const served: Record<string, number[]> = { neighbourhood: [], reach: [] };
    const got = async (url: string) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`serve: ${url} answered ${response.status}`);
      await response.arrayBuffer();
    };
    for (const actor of actors) {
      const path = `${address}/api/actors/${encodeURIComponent(actor)}`;
      served.neighbourhood?.push(await time(() => got(`${path}?depth=2`)));
      served.reach?.push(await time(() => got(`${path}/reach?depth=2&limit=100`)));
      await got(`${path}/triples?limit=100`);
      await got(`${address}/api/search?q=${encodeURIComponent(actor.slice(6, 10))}`);
    }
    await got(`${address}/api/network?from=${first}&to=${end}`);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1];
    const spread = (took: number[]) => `p50 ${pct(took, 50).toFixed(0)} ms, p95 ${pct(took, 95).toFixed(0)} ms`;
    row('serve: /api/actors/:actor?depth=2 (200 statements), 30 busiest actors', spread(served.neighbourhood ?? []));
    row('serve: /api/actors/:actor/reach?depth=2&limit=100, 30 busiest actors', spread(served.reach ?? []));
    row('serve: peak resident memory after 121 requests', `${(Number(hwm) / 1024).toFixed(0)} MiB`);
    server.kill('SIGTERM');
  } finally {
    if (KEEP) console.error(`store bench: kept ${store}`);
    else await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin?.end();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\n| measure | value |\n| --- | --- |');
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
}

await main();
