// How much heap an extraction worker may use (worker_threads resourceLimits). Without a limit,
// V8 sizes a worker's heap for the machine (4 GiB on 8 GiB and more) and, so sized, lets the
// garbage between two full collections grow to about four times what is live: each worker's
// heap crept from 60 to 180 MiB over a 60,000-article ingest (what is live stays at 40–60 MiB)
// and went on growing with the corpus. With a limit of a few hundred MiB, V8 collects sooner and
// a worker's heap stays near 90 MiB whatever the corpus (npm run bench -- corpus --scale).
// The limit is sized from what one article can need, since a batch whose worker runs out of
// memory is extracted again one article at a time (resilient.ts): the extraction of one
// generated article, dense with statements, peaked at 108 MiB of heap for 1 MiB of text, 196
// for 4 MiB and 376 for 10 MiB; the limit gives about twice that for the largest article ingest
// takes (--max-article-mb), and --worker-heap-mb sets it outright. The young generation, where
// new objects live until they survive a collection or two, is bounded too: left to itself it
// grows to 32 MiB per worker, mostly garbage; bounded, the CPU time of a 60,000-article ingest
// was the same within the noise (52 s against 51).
import { ClaimGraphError } from '../../errors.ts';

const MODULE = 'claimgraph/corpus/ingest';
const MiB = 2 ** 20;

/** The extractor, its lexicons and gazetteer, and a batch's results, before the article itself. */
export const WORKER_HEAP_BASE_MB = 128;
/** Heap per MiB of the largest article, with about twice the headroom measured. */
export const WORKER_HEAP_MB_PER_ARTICLE_MIB = 64;
/** The young generation of a worker (V8's two semi-spaces of 4 MiB, and room for large new objects). */
export const WORKER_YOUNG_GENERATION_MB = 12;
/** Below this a worker cannot load the extractor. */
export const MIN_WORKER_HEAP_MB = 64;

/** The heap limit of an extraction worker, in MiB, for articles of up to `maxArticleBytes`. */
export function workerHeapMb(maxArticleBytes: number): number {
  return WORKER_HEAP_BASE_MB + Math.ceil((WORKER_HEAP_MB_PER_ARTICLE_MIB * maxArticleBytes) / MiB);
}

/** Checks a heap limit given outright. */
export function checkWorkerHeapMb(mb: number): number {
  if (!Number.isInteger(mb) || mb < MIN_WORKER_HEAP_MB)
    throw new ClaimGraphError(
      MODULE,
      `the worker heap limit must be a whole number of MiB ≥ ${MIN_WORKER_HEAP_MB}, got ${mb}`,
    );
  return mb;
}
