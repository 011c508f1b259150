// A pool of extraction workers (worker_threads): each loads the extractor module and
// extracts one batch of articles at a time. Run from the compiled command (dist-node/), the
// workers load compiled JavaScript; run from the TypeScript sources (tests, benchmarks), they
// load the sources through tsx, a development dependency. With 0 workers, extraction runs in
// this thread (tests, tiny inputs).
// A worker that dies (an article that exhausts its memory, an extractor that exits) fails
// only its batch and is replaced; a worker that dies before it is ready means the extractor
// cannot load, and so do workers that keep dying without a batch done in between.
// Each worker's heap is limited (heapLimit.ts): one that reaches the limit fails its batch
// with a message naming the limit.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ClaimGraphError } from '../../errors.ts';
import type { ArticleInput } from '../../extract/types.ts';
import type { StatementsFile } from '../../model/index.ts';
import { extractBatch, type BatchResult } from './documents.ts';
import { checkWorkerHeapMb, WORKER_YOUNG_GENERATION_MB, workerHeapMb } from './heapLimit.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from './sources.ts';

const MODULE = 'claimgraph/corpus/pool';

export type Extractor = (articles: readonly ArticleInput[]) => StatementsFile;
export interface BatchRequest {
  id: number;
  articles: ArticleInput[];
}
export type BatchReply = { id: number; result: BatchResult } | { id: number; error: string };

/** Whether this module runs from the TypeScript sources rather than the compiled JavaScript. */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const EXTENSION = FROM_SOURCES ? 'ts' : 'js';

export const DEFAULT_EXTRACTOR = new URL(`../../extract/index.${EXTENSION}`, import.meta.url).href;
export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/** tsx's ES-module API (the `import` condition of `tsx/esm/api`), wherever tsx is installed. */
function tsxEsmApi(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(pkg.replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
}

/**
 * A worker entry point for the TypeScript sources: `--import tsx` in a worker's execArgv
 * registers tsx too late for the worker's own entry point on Node 20, so a one-line ES module
 * registers it and then imports the worker.
 */
function tsxBootstrap(entry: URL): URL {
  const code = `import { register } from ${JSON.stringify(tsxEsmApi())}; register(); await import(${JSON.stringify(entry.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

interface Slot {
  worker: Worker;
  /** Articles extracted by this worker, and in the batch it is extracting. */
  articles: number;
  batch: number;
  busy?: { resolve: (reply: BatchReply) => void; reject: (error: Error) => void };
  ready?: boolean;
  dead?: boolean;
}

/**
 * Workers that die one after another with no batch done in between: the extractor itself is
 * broken. A worker over its heap limit does not count: it ran, and its article is left out.
 */
const DEATHS_IN_A_ROW = 8;

/**
 * A worker is replaced by a fresh one after this many articles: its heap and what it holds outside
 * the heap creep up under the limit over a long run (55 -> 68 MiB over 30,000 articles); a fresh
 * worker loads the extractor in about a second, once per several minutes of extraction.
 */
export const ARTICLES_PER_WORKER = 10_000;

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: { resolve: (slot: Slot) => void; reject: (error: Error) => void }[] = [];
  private local?: Promise<Extractor>;
  private next = 0;
  private closing = false;
  private lastFailure = '';
  private starting: number;
  private started!: () => void;
  private deathsInARow = 0;
  private localFailed = false;
  private bootstrap?: URL;
  /** Resolves once every worker has loaded the extractor (or stopped): start-up is not extraction. */
  readonly ready: Promise<void>;

  /** `heapMb`: each worker's heap limit in MiB (heapLimit.ts); default the one for articles of the default size limit. */
  constructor(
    readonly size: number,
    private readonly extractor: string = DEFAULT_EXTRACTOR,
    readonly heapMb: number = workerHeapMb(DEFAULT_MAX_ARTICLE_BYTES),
    /** Articles after which a worker is replaced by a fresh one. */
    private readonly articlesPerWorker: number = ARTICLES_PER_WORKER,
  ) {
    if (!Number.isInteger(size) || size < 0)
      throw new ClaimGraphError(MODULE, `workers must be a whole number ≥ 0, got ${size}`);
    checkWorkerHeapMb(heapMb);
    this.starting = size;
    this.ready = new Promise((resolve) => (this.started = resolve));
    if (size === 0) {
      this.local = import(extractor).then((m: { extractArticles: Extractor }) => m.extractArticles);
      void this.local.then(
        () => this.started(),
        (error: Error) => {
          this.lastFailure = `cannot load the extractor: ${error.message}`;
          this.localFailed = true;
          this.started();
        },
      );
    }
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    if (!this.bootstrap) {
      const entry = new URL(`./worker.${EXTENSION}`, import.meta.url);
      // a TypeScript extractor (the tests' stand-ins) needs tsx even in the compiled command
      const typescript = FROM_SOURCES || /\.[cm]?ts$/.test(this.extractor);
      this.bootstrap = typescript ? tsxBootstrap(entry) : entry;
    }
    const worker = new Worker(this.bootstrap, {
      workerData: { extractor: this.extractor },
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, articles: 0, batch: 0 };
    worker.on('message', (reply: BatchReply | { ready: true }) => {
      if ('ready' in reply) {
        if (!slot.ready) this.oneStarted();
        slot.ready = true;
        return;
      }
      this.deathsInARow = 0;
      const busy = slot.busy;
      slot.busy = undefined;
      slot.articles += slot.batch;
      if (slot.articles >= this.articlesPerWorker && !this.closing) this.retire(slot);
      else this.release(slot);
      busy?.resolve(reply);
    });
    worker.on('error', (error: Error & { code?: string }) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? this.fail(
            slot,
            `extraction worker ran out of memory: over its heap limit of ${this.heapMb} MiB (--worker-heap-mb raises it)`,
            { broken: false },
          )
        : this.fail(slot, `extraction worker failed: ${error.message}`),
    );
    worker.on('exit', (code) => this.fail(slot, `extraction worker exited with code ${code}`));
    this.slots.push(slot);
    this.release(slot);
  }

  /** Extracts one batch; resolves with the checked results per article or the extractor's error message. */
  async extract(articles: ArticleInput[]): Promise<BatchReply> {
    const id = this.next++;
    if (this.size === 0) {
      const extract = await (this.local as Promise<Extractor>).catch(() => {
        throw new ClaimGraphError(MODULE, this.lastFailure);
      });
      try {
        return { id, result: extractBatch(extract, articles) };
      } catch (error) {
        return { id, error: error instanceof Error ? error.message : String(error) };
      }
    }
    const slot = await this.acquire();
    return new Promise<BatchReply>((resolve, reject) => {
      slot.busy = { resolve, reject };
      slot.batch = articles.length;
      slot.worker.postMessage({ id, articles } satisfies BatchRequest);
    });
  }

  /** Workers still running (the pool runs in this thread when size is 0). */
  get alive(): number {
    if (this.size === 0) return this.localFailed ? 0 : 1;
    return this.slots.filter((s) => !s.dead).length;
  }

  /** Why the pool stopped, when it did. */
  get failure(): string {
    return this.lastFailure;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  /** Replaces a worker that has extracted its share of articles (articlesPerWorker) by a fresh one. */
  private retire(slot: Slot): void {
    slot.dead = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.spawn();
    void slot.worker.terminate();
  }

  private acquire(): Promise<Slot> {
    const slot = this.idle.pop();
    if (slot) return Promise.resolve(slot);
    if (this.slots.every((s) => s.dead)) return Promise.reject(this.stopped());
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(slot: Slot): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve(slot);
    else this.idle.push(slot);
  }

  private stopped(): ClaimGraphError {
    return new ClaimGraphError(MODULE, `every extraction worker has stopped (last: ${this.lastFailure})`);
  }

  private oneStarted(): void {
    if (--this.starting === 0) this.started();
  }

  /**
   * A worker that crashed fails its batch and is replaced, unless the extractor cannot run at all;
   * `broken: false` for a death its input caused (over the heap limit), which never stops the pool.
   */
  private fail(slot: Slot, message: string, { broken = true }: { broken?: boolean } = {}): void {
    if (slot.dead) return;
    slot.dead = true;
    this.lastFailure = message;
    const index = this.idle.indexOf(slot);
    if (index >= 0) this.idle.splice(index, 1);
    this.slots.splice(this.slots.indexOf(slot), 1);
    const busy = slot.busy;
    slot.busy = undefined;
    if (broken) this.deathsInARow++;
    const replace = !this.closing && slot.ready && this.deathsInARow < DEATHS_IN_A_ROW;
    if (!slot.ready) this.oneStarted();
    if (replace) this.spawn();
    else if (!this.closing && this.deathsInARow >= DEATHS_IN_A_ROW)
      this.lastFailure = `${DEATHS_IN_A_ROW} extraction workers died one after another (last: ${message})`;
    if (!this.closing) busy?.reject(new ClaimGraphError(MODULE, message));
    if (!this.slots.length) {
      for (const waiter of this.waiting.splice(0)) waiter.reject(this.stopped());
    }
  }
}
