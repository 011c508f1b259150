// ingestCorpus: sources → extraction in worker threads → a sink: one corpus graph written
// atomically (fileSink.ts), or a PostgreSQL store (src/store). Documents the sink already holds
// with the same content hash are not extracted again; each finished batch goes to the sink at
// once (the file sink appends it to the cache, the store commits it), so a run killed midway
// loses only the batches in flight.
import { ClaimGraphError } from '../../errors.ts';
import type { ArticleInput } from '../../extract/types.ts';
import { formatFromPath, isGraphFormat, type GraphFormat } from '../../io/graphFile.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import type { ClaimGraph } from '../../model/index.ts';
import type { DocResult } from '../assemble.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import type { BatchResult } from './documents.ts';
import { FileSink } from './fileSink.ts';
import type { IngestSink } from './sink.ts';
import { contentHash } from './hash.ts';
import { defaultWorkers, ExtractionPool } from './pool.ts';
import { SKIP_REASONS, type IngestProblem, type SkipReason } from './problems.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, readSources } from './sources.ts';

const MODULE = 'claimgraph/corpus/ingest';

export interface IngestOptions {
  sources: readonly string[];
  /** The output graph file; or give `sink` (a store). */
  output?: string;
  /** Default: from the output's extension (.gexf, .json, .statements.json). */
  format?: GraphFormat;
  /** Where the documents go instead of an output file (src/store's sink). */
  sink?: IngestSink;
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
  /** The output file, or the store. */
  target: string;
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
  /** The corpus graph, when written to a file. */
  graph?: ClaimGraph;
}

interface Pending {
  article: ArticleInput;
  where: string;
  hash: string;
}

export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const sink = options.sink ?? fileSink(options);
  try {
    return await ingestInto(sink, options, started);
  } finally {
    await sink.close();
  }
}

function fileSink(options: IngestOptions): IngestSink {
  if (options.output === undefined) throw new ClaimGraphError(MODULE, 'no output given: a graph file or a store');
  const format = options.format ?? formatFromPath(options.output);
  // a re-run reads the output back: only formats claimgraph reads
  if (!format || !isGraphFormat(format))
    throw new ClaimGraphError(
      MODULE,
      `cannot tell the output format of ${JSON.stringify(options.output)}: use .gexf, .json or .statements.json`,
    );
  return new FileSink({
    output: options.output,
    format,
    gazetteer: options.gazetteer ?? [],
    similarity: options.similarity,
    gexfVersion: options.gexfVersion,
  });
}

async function ingestInto(sink: IngestSink, options: IngestOptions, started: number): Promise<IngestSummary> {
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

  const known = await sink.knownHashes();
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
    if (previous === hash) {
      skipped['already-ingested']++;
      continue;
    }
    if (previous !== undefined) updated++;
    pending.push({ article, where, hash });
  }

  const workers = Math.min(options.workers ?? defaultWorkers(), Math.ceil(pending.length / batchSize));
  options.onStart?.(pending.length);
  let extractStarted = performance.now();
  let startSeconds = 0;
  let done = 0;
  let fresh = 0;
  if (pending.length) {
    const pool = new ExtractionPool(workers, options.extractor);
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
        const results: DocResult[] = outcome.results;
        for (const result of results) result.document.hash = (pendingOf.get(result.document.id) as Pending).hash;
        const refused = (await sink.accept(results)) ?? [];
        for (const { doc, reason } of refused)
          problem({ where: (pendingOf.get(doc) as Pending).where, reason: 'refused-by-store', message: reason });
        fresh += results.length - refused.length;
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
      await pool.close();
    }
  }
  const extractSeconds = (performance.now() - extractStarted) / 1000;

  if (!known.size && !fresh) throw new ClaimGraphError(MODULE, 'nothing to ingest: no source gave a usable article');
  const summary = await sink.finish();
  return {
    ingested: fresh,
    updated,
    reused: skipped['already-ingested'],
    skipped,
    ...summary,
    workers,
    startSeconds,
    extractSeconds,
    totalSeconds: (performance.now() - started) / 1000,
  };
}
