// ingestCorpus: sources → extraction in worker threads → a sink: one corpus file (fileSink.ts:
// one writer per output, a cache of extracted documents, statements@1 streamed, GEXF or
// graphology JSON built in memory), or a PostgreSQL store (src/store). The sources are read
// twice: a first pass finds what is new or changed (ids and content hashes against what the
// sink holds) and how large the corpus will be, so the sink can refuse early; the second pass
// sends the new articles in batches to the workers, and each finished batch goes to the sink at
// once (the file sink appends it to its cache, the store commits it), so a run killed midway
// loses only the batches in flight. Memory is bounded by the batches in flight and the ids and
// hashes of the corpus, not by its text.
import { checkpoint } from '../../checkpoint.ts';
import { ClaimGraphError } from '../../errors.ts';
import { formatFromPath, isGraphFormat, type GraphFormat } from '../../io/graphFile.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import type { ClaimGraph } from '../../model/index.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import { ArticlesRead } from './articlesRead.ts';
import { FileSink } from './fileSink.ts';
import { extractResilient, type BatchItem } from './resilient.ts';
import { contentHash } from './hash.ts';
import { workerHeapMb } from './heapLimit.ts';
import { defaultWorkers, ExtractionPool } from './pool.ts';
import { SKIP_REASONS, type IngestProblem, type SkipReason } from './problems.ts';
import type { IngestSink } from './sink.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, readSources } from './sources.ts';

const MODULE = 'claimgraph/corpus/ingest';

/** No source gave an article that could be used: nothing was written. */
export class NothingToIngest extends ClaimGraphError {
  constructor(readonly target: string) {
    super(MODULE, `nothing to ingest: no source gave a usable article; ${target} is left as it was`);
  }
}

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
  /** Forget what earlier runs ingested into this output: the output then holds these sources only. */
  fresh?: boolean;
  /** Extraction threads; default one per core; 0 extracts in this thread. */
  workers?: number;
  batchSize?: number;
  maxArticleBytes?: number;
  /** Each extraction worker's heap limit in MiB; default from maxArticleBytes (heapLimit.ts). */
  workerHeapMb?: number;
  /** Module exporting extractArticles (a URL or path); default the project's extractor. */
  extractor?: string;
  gazetteer?: readonly GazetteerEntry[];
  similarity?: number;
  /** Statements clustered in memory at a time (spilledClusters.ts: a larger corpus is clustered in shares through files). */
  partitionStatements?: number;
  onProblem?: (problem: IngestProblem) => void;
  /** Before extraction: the articles to extract, the documents the output already holds (not `fresh`), the articles of the sources among them. */
  onStart?: (pending: number, already: number, reused: number) => void;
  onProgress?: (done: number, pending: number) => void;
}

export interface IngestSummary {
  /** Documents extracted in this run (new or changed), documents reused from the output or cache. */
  ingested: number;
  updated: number;
  reused: number;
  skipped: Record<SkipReason, number>;
  /** Inputs left out: every skip but `already-ingested`. */
  leftOut: number;
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
  /** The corpus graph, when a sink built one in memory. */
  graph?: ClaimGraph;
}

export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  if (!options.sources.length)
    throw new ClaimGraphError(MODULE, 'no source given: a directory of .txt files, a .jsonl file or article files');
  const batchSize = options.batchSize ?? 16;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new ClaimGraphError(MODULE, `batch size must be a whole number ≥ 1, got ${batchSize}`);
  const sink = options.sink ?? (await fileSink(options));
  try {
    return await ingestInto(options, sink, batchSize, started);
  } finally {
    await sink.close();
  }
}

async function fileSink(options: IngestOptions): Promise<IngestSink> {
  if (options.output === undefined) throw new ClaimGraphError(MODULE, 'no output given: a graph file or a store');
  const format = options.format ?? formatFromPath(options.output);
  // a re-run reads the output back: only formats claimgraph reads
  if (!format || !isGraphFormat(format))
    throw new ClaimGraphError(
      MODULE,
      `cannot tell the output format of ${JSON.stringify(options.output)}: use .gexf, .json or .statements.json`,
    );
  return FileSink.open({
    output: options.output,
    format,
    gazetteer: options.gazetteer ?? [],
    similarity: options.similarity,
    partitionStatements: options.partitionStatements,
    gexfVersion: options.gexfVersion,
    fresh: options.fresh,
  });
}

async function ingestInto(
  options: IngestOptions,
  sink: IngestSink,
  batchSize: number,
  started: number,
): Promise<IngestSummary> {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const skipped = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
  const problem = (p: IngestProblem) => {
    skipped[p.reason]++;
    options.onProblem?.(p);
  };

  const known = await sink.knownHashes();
  let pool: ExtractionPool | undefined;
  try {
    // First pass: what is new or changed, and how large the corpus will be; each id, where it
    // was first read, and whether the second pass sends it to extraction (it takes each out as it goes)
    const read = new ArticlesRead();
    let updated = 0;
    let usable = 0;
    let newBytes = 0;
    for await (const item of readSources(options.sources, maxBytes)) {
      if ('problem' in item) {
        problem(item.problem);
        continue;
      }
      const { article, where } = item;
      const first = read.whereRead(article.id);
      if (first !== undefined) {
        problem({
          where,
          reason: 'duplicate-id',
          message: `id ${JSON.stringify(article.id)} was already read from ${first}`,
        });
        continue;
      }
      read.add(article.id, item.file, item.line);
      const hash = contentHash(article);
      const previous = known.get(article.id);
      if (previous === hash) {
        skipped['already-ingested']++;
        usable++;
        continue;
      }
      if (previous !== undefined) updated++;
      read.markPending(article.id);
      newBytes += article.text.length;
    }
    checkpoint('read');
    const pending = read.pending;
    sink.check?.({ ids: pending, textLength: newBytes });

    const workers = Math.min(options.workers ?? defaultWorkers(), Math.ceil(pending.size / batchSize));
    options.onStart?.(pending.size, known.size, skipped['already-ingested']);
    known.clear(); // the first pass was its last use
    let extractStarted = performance.now();
    let startSeconds = 0;
    let ingested = 0;
    if (pending.size) {
      pool = new ExtractionPool(workers, options.extractor, options.workerHeapMb ?? workerHeapMb(maxBytes));
      await pool.ready;
      startSeconds = (performance.now() - extractStarted) / 1000;
      extractStarted = performance.now();
      ingested = await extractPending(pool, options, read, maxBytes, batchSize, sink, problem);
      usable += ingested;
    }
    const extractSeconds = (performance.now() - extractStarted) / 1000;
    // the workers' heaps are released before the sink assembles the corpus
    await pool?.close();
    if (!usable) throw new NothingToIngest(options.output ?? 'the store');
    const summary = await sink.finish();
    const leftOut = SKIP_REASONS.reduce((n, r) => n + (r === 'already-ingested' ? 0 : skipped[r]), 0);
    return {
      ingested,
      updated,
      reused: skipped['already-ingested'],
      skipped,
      leftOut,
      ...summary,
      workers,
      startSeconds,
      extractSeconds,
      totalSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await pool?.close();
  }
}

/**
 * Second pass: reads the sources again, sends the pending articles in batches to the workers,
 * and gives what comes back to the sink. Returns the documents the sink kept.
 */
async function extractPending(
  pool: ExtractionPool,
  options: IngestOptions,
  read: ArticlesRead,
  maxBytes: number,
  batchSize: number,
  sink: IngestSink,
  problem: (p: IngestProblem) => void,
): Promise<number> {
  const total = read.pending.size;
  let done = 0;
  let extracted = 0;
  let fatal: Error | undefined;
  const run = async (batch: BatchItem[]): Promise<void> => {
    if (fatal) return;
    const results = await extractResilient(pool, batch, problem);
    const hashOf = new Map(batch.map((item) => [item.article.id, contentHash(item.article)]));
    for (const result of results) result.document.hash = hashOf.get(result.document.id) as string;
    const whereOf = new Map(batch.map((item) => [item.article.id, item.where]));
    const refused = (await sink.accept(results)) ?? [];
    for (const { doc, reason } of refused)
      problem({ where: whereOf.get(doc) ?? doc, reason: 'refused-by-store', message: reason });
    extracted += results.length - refused.length;
    checkpoint('extract');
    done += batch.length;
    options.onProgress?.(done, total);
  };
  const inFlight = new Set<Promise<void>>();
  const submit = async (batch: BatchItem[]) => {
    const task: Promise<void> = run(batch)
      .catch((error: Error) => void (fatal ??= error))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= Math.max(1, pool.size) * 2) await Promise.race(inFlight);
  };
  let batch: BatchItem[] = [];
  for await (const item of readSources(options.sources, maxBytes)) {
    if (fatal) break;
    if ('problem' in item) continue; // reported by the first pass
    // not new or changed, or sent already (a later article of the same id)
    if (!read.takePending(item.article.id)) continue;
    batch.push(item);
    if (batch.length >= batchSize) {
      await submit(batch);
      batch = [];
    }
  }
  if (batch.length && !fatal) await submit(batch);
  await Promise.all(inFlight);
  if (fatal) throw fatal;
  // what is left was not found again
  for (const { id, where } of read.stillPending())
    problem({
      where,
      reason: 'unreadable',
      message: `article ${JSON.stringify(id)} was gone when read again for extraction`,
    });
  return extracted;
}
