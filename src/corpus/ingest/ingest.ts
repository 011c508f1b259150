// ingestCorpus: sources → extraction in worker threads → one corpus graph written
// atomically. Documents already in the cache (or, without a cache, the output) with the same
// content hash are not extracted again; each finished batch is appended to the cache at once, so a run
// killed midway leaves the previous output intact and loses only the batches in flight.
import { existsSync } from 'node:fs';
import { ClaimGraphError } from '../../errors.ts';
import type { ArticleInput } from '../../extract/types.ts';
import { formatFromPath, isGraphFormat, readGraphFile, writeGraphFile, type GraphFormat } from '../../io/graphFile.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import { buildGraph, toStatements, type ClaimGraph } from '../../model/index.ts';
import { assembleCorpus, type DocResult } from '../assemble.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import { cachePath, CacheWriter, readCache } from './cache.ts';
import { splitByDocument, type BatchResult } from './documents.ts';
import { contentHash } from './hash.ts';
import { defaultWorkers, ExtractionPool } from './pool.ts';
import { SKIP_REASONS, type IngestProblem, type SkipReason } from './problems.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, readSources } from './sources.ts';

const MODULE = 'claimgraph/corpus/ingest';

export interface IngestOptions {
  sources: readonly string[];
  output: string;
  /** Default: from the output's extension (.gexf, .json, .statements.json). */
  format?: GraphFormat;
  /** GEXF output: 1.3 (default) or 1.2. */
  gexfVersion?: GexfVersion;
  /** Extraction threads; default one per core; 0 extracts in this thread. */
  workers?: number;
  batchSize?: number;
  maxArticleBytes?: number;
  /** Module exporting extractArticles (a URL or path); default the project's extractor. */
  extractor?: string;
  gazetteer?: readonly GazetteerEntry[];
  similarity?: number;
  onProblem?: (problem: IngestProblem) => void;
  onStart?: (pending: number) => void;
  onProgress?: (done: number, pending: number) => void;
}

export interface IngestSummary {
  /** Documents extracted in this run (new or changed), documents reused from the output or cache. */
  ingested: number;
  updated: number;
  reused: number;
  skipped: Record<SkipReason, number>;
  documents: number;
  statements: number;
  actors: number;
  clusters: number;
  merges: number;
  workers: number;
  /** Starting the workers (loading the extractor), then extracting, in seconds. */
  startSeconds: number;
  extractSeconds: number;
  totalSeconds: number;
  graph: ClaimGraph;
}

interface Pending {
  article: ArticleInput;
  where: string;
  hash: string;
}

export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const format = options.format ?? formatFromPath(options.output);
  // a re-run reads the output back: only formats claimgraph reads
  if (!format || !isGraphFormat(format))
    throw new ClaimGraphError(
      MODULE,
      `cannot tell the output format of ${JSON.stringify(options.output)}: use .gexf, .json or .statements.json`,
    );
  if (!options.sources.length)
    throw new ClaimGraphError(MODULE, 'no source given: a directory of .txt files, a .jsonl file or article files');
  const batchSize = options.batchSize ?? 16;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new ClaimGraphError(MODULE, `batch size must be a whole number ≥ 1, got ${batchSize}`);
  const skipped = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
  const problem = (p: IngestProblem) => {
    skipped[p.reason]++;
    options.onProblem?.(p);
  };

  // The cache holds every document of the output (a run that read the output copies its
  // documents into the cache), so the output, slow to parse when large, is read only without one.
  const cache = cachePath(options.output);
  const known = await readCache(cache);
  const carried = known.size ? [] : [...(await previousResults(options.output)).values()];
  for (const result of carried) known.set(result.document.id, result);

  const pending: Pending[] = [];
  const seen = new Map<string, string>();
  let updated = 0;
  for await (const item of readSources(options.sources, options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES)) {
    if ('problem' in item) {
      problem(item.problem);
      continue;
    }
    const { article, where } = item;
    const first = seen.get(article.id);
    if (first !== undefined) {
      problem({
        where,
        reason: 'duplicate-id',
        message: `id ${JSON.stringify(article.id)} was already read from ${first}`,
      });
      continue;
    }
    seen.set(article.id, where);
    const hash = contentHash(article);
    const previous = known.get(article.id);
    if (previous?.document.hash === hash) {
      skipped['already-ingested']++;
      continue;
    }
    if (previous) updated++;
    pending.push({ article, where, hash });
  }

  const workers = Math.min(options.workers ?? defaultWorkers(), Math.ceil(pending.length / batchSize));
  options.onStart?.(pending.length);
  let extractStarted = performance.now();
  let startSeconds = 0;
  let done = 0;
  const fresh = new Map<string, DocResult>();
  if (carried.length) {
    const writer = await CacheWriter.open(cache);
    await writer.append(carried).finally(() => writer.close());
  }
  if (pending.length) {
    const pool = new ExtractionPool(workers, options.extractor);
    const writer = await CacheWriter.open(cache);
    try {
      await pool.ready;
      startSeconds = (performance.now() - extractStarted) / 1000;
      extractStarted = performance.now();
      const accept = async (batch: readonly Pending[], outcome: BatchResult) => {
        const pendingOf = new Map(batch.map((p) => [p.article.id, p]));
        for (const { doc, problem: message } of outcome.invalid) {
          problem({
            where: (pendingOf.get(doc) as Pending).where,
            reason: 'extraction-failed',
            message: `invalid statements: ${message}`,
          });
        }
        for (const result of outcome.results)
          result.document.hash = (pendingOf.get(result.document.id) as Pending).hash;
        await writer.append(outcome.results);
        for (const result of outcome.results) fresh.set(result.document.id, result);
      };
      let fatal: Error | undefined;
      const run = async (batch: Pending[]): Promise<void> => {
        if (fatal) return;
        const reply = await pool
          .extract(batch.map((p) => p.article))
          .catch((error: Error) => ({ error: error.message }));
        if (!pool.alive) {
          fatal ??= new ClaimGraphError(
            MODULE,
            `extraction stopped: ${'error' in reply ? reply.error : 'no worker left'}`,
          );
          return;
        }
        if ('result' in reply) await accept(batch, reply.result);
        else if (batch.length > 1) {
          for (const one of batch) await run([one]);
          return;
        } else problem({ where: (batch[0] as Pending).where, reason: 'extraction-failed', message: reply.error });
        done += batch.length;
        options.onProgress?.(done, pending.length);
      };
      const inFlight = new Set<Promise<void>>();
      for (let i = 0; i < pending.length && !fatal; i += batchSize) {
        const task: Promise<void> = run(pending.slice(i, i + batchSize))
          .catch((error: Error) => void (fatal ??= error))
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
        if (inFlight.size >= Math.max(1, workers) * 2) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      if (fatal) throw fatal;
    } finally {
      await writer.close();
      await pool.close();
    }
  }
  const extractSeconds = (performance.now() - extractStarted) / 1000;

  for (const [id, result] of fresh) known.set(id, result);
  if (!known.size) throw new ClaimGraphError(MODULE, 'nothing to ingest: no source gave a usable article');
  const assembled = assembleCorpus(known.values(), {
    gazetteer: options.gazetteer ?? [],
    similarity: options.similarity,
  });
  const graph = buildGraph([{ source: options.output, data: assembled.statements }]);
  await writeGraphFile(graph, options.output, format, { gexfVersion: options.gexfVersion });
  return {
    ingested: fresh.size,
    updated,
    reused: skipped['already-ingested'],
    skipped,
    documents: assembled.statements.documents.length,
    statements: assembled.statements.statements.length,
    actors: assembled.statements.actors.length,
    clusters: assembled.clusters,
    merges: assembled.merges.length,
    workers,
    startSeconds,
    extractSeconds,
    totalSeconds: (performance.now() - started) / 1000,
    graph,
  };
}

/** The documents of an earlier output, by id; its corpus-level fields are recomputed on assembly. */
async function previousResults(output: string): Promise<Map<string, DocResult>> {
  if (!existsSync(output)) return new Map();
  let graph: ClaimGraph;
  try {
    graph = await readGraphFile(output);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ClaimGraphError(
      MODULE,
      `the existing output ${output} cannot be read back to resume from (${reason}); move it away to start afresh`,
      { cause },
    );
  }
  const results = splitByDocument(toStatements(graph));
  for (const result of results.values()) {
    delete result.document.outletActor;
    for (const st of result.statements) delete st.cluster;
  }
  return results;
}
