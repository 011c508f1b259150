// Corpus ingestion: sources, hashing, the worker pool, the cache, progress.
export { ingestCorpus, NothingToIngest, type IngestOptions, type IngestSummary } from './ingest.ts';
export { readSources, DEFAULT_MAX_ARTICLE_BYTES, type SourceItem } from './sources.ts';
export { SKIP_REASONS, formatProblem, type IngestProblem, type SkipReason } from './problems.ts';
export { contentHash } from './hash.ts';
export { cachePath } from './cache.ts';
export { ExtractionPool, defaultWorkers, DEFAULT_EXTRACTOR, type Extractor } from './pool.ts';
export { workerHeapMb, MIN_WORKER_HEAP_MB, WORKER_HEAP_BASE_MB, WORKER_HEAP_MB_PER_ARTICLE_MIB } from './heapLimit.ts';
export { createProgress, type ProgressReporter } from './progress.ts';
