// Where ingest puts what it extracts: a sink. The file sink (fileSink.ts) appends each batch to
// the cache and writes one graph file at the end; the PostgreSQL store (src/store) commits each
// batch in a transaction of its own. Ingest itself (sources, hashing, workers, progress) is the
// same for both.
import type { DocResult } from '../assemble.ts';
import type { ClaimGraph } from '../../model/index.ts';

/** What a sink says of the corpus once ingest is done. */
export interface SinkSummary {
  /** Where the corpus went (the output file, or the store's address without its password). */
  target: string;
  documents: number;
  statements: number;
  actors: number;
  /** Claims reported by two documents or more. */
  clusters: number;
  /** Names merged into another actor by cross-document identity. */
  merges: number;
  /** The corpus graph, when the sink built one in memory (the file sink). */
  graph?: ClaimGraph;
}

export interface Refused {
  doc: string;
  reason: string;
}

/** What a run will add, known before extraction (from the first pass over the sources). */
export interface PendingEstimate {
  /** The ids of the documents to extract (new or changed). */
  ids: Pick<ReadonlySet<string>, 'has' | 'size'>;
  /** Their text, in UTF-16 code units. */
  textLength: number;
}

export interface IngestSink {
  /** The content hash of every document the sink already holds, by document id; asked once, before extraction. */
  knownHashes(): Promise<Map<string, string>>;
  /** Throws, before any extraction, when the sink cannot take the corpus this run would make. */
  check?(pending: PendingEstimate): void;
  /**
   * Takes one batch of extracted documents (hashes set); once it returns, it has kept them all
   * except those it names as refused (with the reason), which ingest reports and skips.
   */
  accept(results: readonly DocResult[]): Promise<Refused[] | void>;
  /** Called once every batch was accepted and at least one document is held. */
  finish(): Promise<SinkSummary>;
  /** Releases what the sink holds open, whether ingest finished or failed. */
  close(): Promise<void>;
}
