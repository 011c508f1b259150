// The store as ingest's sink (src/corpus/ingest/sink.ts): each batch committed in a transaction
// of its own, the corpus layer brought up to date in it.
import type { DocResult } from '../corpus/assemble.ts';
import type { IngestSink, SinkSummary } from '../corpus/ingest/sink.ts';
import type { PgStore } from './pgStore.ts';

export class StoreSink implements IngestSink {
  constructor(private readonly store: PgStore) {}

  async knownHashes(): Promise<Map<string, string>> {
    return this.store.documentHashes();
  }

  async accept(results: readonly DocResult[]): Promise<void> {
    if (results.length) await this.store.write(results);
  }

  async finish(): Promise<SinkSummary> {
    return { target: this.store.name, ...(await this.store.counts()) };
  }

  async close(): Promise<void> {
    // the store is closed by whoever opened it
  }
}
