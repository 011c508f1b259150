// ingestCorpus: sources → extraction in worker threads → one corpus written by a sink (a
// file: statements@1 streamed, GEXF or graphology JSON built in memory). One run per output at
// a time (OUT.lock). The sources are read twice: a first pass finds what is new or changed
// (ids and content hashes against the cache: OUT.cache.jsonl, or the output itself without
// one) and how large the corpus will be, so the sink can refuse early; the second pass sends
// the new articles in batches to the workers, and each finished batch is appended to the
// cache at once, so a run killed midway loses only the batches in flight. The corpus is then
// assembled from the cache, one document at a time, and written. Memory is bounded by the
// batches in flight and the corpus's actors and distinct claims, not by its text.
import { existsSync } from 'node:fs';
import { checkpoint } from '../../checkpoint.ts';
import { ClaimGraphError } from '../../errors.ts';
import { OutputLock } from '../../io/files/lock.ts';
import { formatFromPath, isGraphFormat, readGraphFile, type GraphFormat } from '../../io/graphFile.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import { toStatements, type ClaimGraph } from '../../model/index.ts';
import { CorpusAssembler, type DocResult } from '../assemble.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import { cachePath, CacheIndex, CacheWriter, type CacheEntry } from './cache.ts';
import { splitByDocument } from './documents.ts';
import { extractResilient, type BatchItem } from './resilient.ts';
import { contentHash } from './hash.ts';
import { defaultWorkers, ExtractionPool } from './pool.ts';
import { SKIP_REASONS, type IngestProblem, type SkipReason } from './problems.ts';
import { fileSink, type AssembledStream, type CorpusSink } from './sinks.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, readSources } from './sources.ts';

const MODULE = 'claimgraph/corpus/ingest';

/** No source gave an article that could be used: nothing was written. */
export class NothingToIngest extends ClaimGraphError {
  constructor(readonly output: string) {
    super(MODULE, `nothing to ingest: no source gave a usable article; ${output} is left as it was`);
  }
}

export interface IngestOptions {
  sources: readonly string[];
  output: string;
  /** Default: from the output's extension (.gexf, .json, .statements.json). */
  format?: GraphFormat;
  /** GEXF output: 1.3 (default) or 1.2. */
  gexfVersion?: GexfVersion;
  /** Where the corpus goes; default the output file in its format. */
  sink?: CorpusSink;
  /** Forget what earlier runs ingested into this output: the output then holds these sources only. */
  fresh?: boolean;
  /** Extraction threads; default one per core; 0 extracts in this thread. */
  workers?: number;
  batchSize?: number;
  maxArticleBytes?: number;
  /** Module exporting extractArticles (a URL or path); default the project's extractor. */
  extractor?: string;
  gazetteer?: readonly GazetteerEntry[];
  similarity?: number;
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
  const sink = options.sink ?? fileSink(options.output, format, { gexfVersion: options.gexfVersion });
  const lock = await OutputLock.acquire(options.output);
  try {
    return await ingestLocked(options, sink, batchSize, started);
  } finally {
    await lock.release();
  }
}

async function ingestLocked(
  options: IngestOptions,
  sink: CorpusSink,
  batchSize: number,
  started: number,
): Promise<IngestSummary> {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const skipped = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
  const problem = (p: IngestProblem) => {
    skipped[p.reason]++;
    options.onProblem?.(p);
  };

  // The cache holds every document of the output (a run that read the output copies its
  // documents into the cache), so the output, slow to parse when large, is read only without one.
  const index = options.fresh
    ? new CacheIndex(cachePath(options.output))
    : await CacheIndex.read(cachePath(options.output));
  const writer = new CacheWriter(index, { fresh: options.fresh });
  let pool: ExtractionPool | undefined;
  try {
    if (!index.size && !options.fresh) await writer.append(await previousResults(options.output));
    const already = index.size;

    // First pass: what is new or changed, and how large the corpus will be.
    const pending = new Map<string, { hash: string; where: string }>();
    const seen = new Map<string, string>();
    let updated = 0;
    let usable = 0;
    let newBytes = 0;
    for await (const item of readSources(options.sources, maxBytes)) {
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
      const previous = index.entries.get(article.id);
      if (previous?.hash === hash) {
        skipped['already-ingested']++;
        usable++;
        continue;
      }
      if (previous) updated++;
      pending.set(article.id, { hash, where });
      newBytes += article.text.length;
    }
    seen.clear();
    checkpoint('read');
    const cachedBytes = [...index.entries.values()].reduce((sum, e) => sum + (pending.has(e.id) ? 0 : e.length), 0);
    sink.check({ documents: index.size + pending.size - updated, textBytes: cachedBytes + newBytes });

    const workers = Math.min(options.workers ?? defaultWorkers(), Math.ceil(pending.size / batchSize));
    options.onStart?.(pending.size, already, skipped['already-ingested']);
    let extractStarted = performance.now();
    let startSeconds = 0;
    let ingested = 0;
    if (pending.size) {
      pool = new ExtractionPool(workers, options.extractor);
      await pool.ready;
      startSeconds = (performance.now() - extractStarted) / 1000;
      extractStarted = performance.now();
      ingested = await extractPending(pool, options, pending, maxBytes, batchSize, writer, problem);
      usable += ingested;
    }
    const extractSeconds = (performance.now() - extractStarted) / 1000;
    await writer.close();
    if (!usable) throw new NothingToIngest(sink.name);
    await index.compact();
    checkpoint('assemble');
    const assembled = await assembleFromCache(index, options);
    await sink.write(assembled.stream);
    const leftOut = SKIP_REASONS.reduce((n, r) => n + (r === 'already-ingested' ? 0 : skipped[r]), 0);
    return {
      ingested,
      updated,
      reused: skipped['already-ingested'],
      skipped,
      leftOut,
      ...assembled.counts(),
      workers,
      startSeconds,
      extractSeconds,
      totalSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await writer.close().catch(() => undefined);
    await pool?.close();
  }
}

/**
 * Second pass: reads the sources again, sends the pending articles in batches to the workers,
 * and appends what comes back to the cache. Returns the documents extracted.
 */
async function extractPending(
  pool: ExtractionPool,
  options: IngestOptions,
  pending: ReadonlyMap<string, { hash: string; where: string }>,
  maxBytes: number,
  batchSize: number,
  writer: CacheWriter,
  problem: (p: IngestProblem) => void,
): Promise<number> {
  let done = 0;
  let extracted = 0;
  let fatal: Error | undefined;
  const run = async (batch: BatchItem[]): Promise<void> => {
    if (fatal) return;
    const results = await extractResilient(pool, batch, problem);
    const hashOf = new Map(batch.map((item) => [item.article.id, contentHash(item.article)]));
    for (const result of results) result.document.hash = hashOf.get(result.document.id) as string;
    await writer.append(results);
    extracted += results.length;
    checkpoint('extract');
    done += batch.length;
    options.onProgress?.(done, pending.size);
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
  const sent = new Set<string>();
  for await (const item of readSources(options.sources, maxBytes)) {
    if (fatal) break;
    if ('problem' in item) continue; // reported by the first pass
    if (!pending.has(item.article.id) || sent.has(item.article.id)) continue;
    sent.add(item.article.id);
    batch.push(item);
    if (batch.length >= batchSize) {
      await submit(batch);
      batch = [];
    }
  }
  if (batch.length && !fatal) await submit(batch);
  await Promise.all(inFlight);
  if (fatal) throw fatal;
  for (const [id, { where }] of pending)
    if (!sent.has(id))
      problem({
        where,
        reason: 'unreadable',
        message: `article ${JSON.stringify(id)} was gone when read again for extraction`,
      });
  return extracted;
}

/** The corpus assembled from the cache: identities and clusters first, then streams for the sink. */
async function assembleFromCache(
  index: CacheIndex,
  options: IngestOptions,
): Promise<{
  stream: AssembledStream;
  counts: () => Pick<IngestSummary, 'documents' | 'statements' | 'actors' | 'clusters' | 'merges'>;
}> {
  const order: CacheEntry[] = index.inCorpusOrder();
  const assembler = new CorpusAssembler({ gazetteer: options.gazetteer ?? [], similarity: options.similarity });
  for await (const record of index.records(order)) assembler.identify(record);
  let statements = 0;
  for await (const record of index.records(order)) {
    assembler.cluster(record);
    statements += record.statements.length;
  }
  return {
    stream: {
      async *documents() {
        for await (const record of index.records(order)) yield assembler.emitDocument(record);
      },
      actors: () => assembler.actors,
      async *statements() {
        let first = 0;
        for await (const record of index.records(order)) {
          yield* assembler.emitStatements(record, first);
          first += record.statements.length;
        }
      },
    },
    counts: () => ({
      documents: order.length,
      statements,
      actors: assembler.actors.length,
      clusters: assembler.multiDocumentClusters,
      merges: assembler.merges.length,
    }),
  };
}

/** The documents of an earlier output, by id; its corpus-level fields are recomputed on assembly. */
async function previousResults(output: string): Promise<DocResult[]> {
  if (!existsSync(output)) return [];
  let graph: ClaimGraph;
  try {
    graph = await readGraphFile(output);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ClaimGraphError(
      MODULE,
      `the existing output ${output} cannot be read back to resume from (${reason}); move it away to start afresh, or give --fresh`,
      { cause },
    );
  }
  const results = [...splitByDocument(toStatements(graph)).values()];
  for (const result of results) {
    delete result.document.outletActor;
    for (const st of result.statements) delete st.cluster;
  }
  return results.filter((r) => typeof r.document.hash === 'string');
}
