// The store as ingest's sink (src/corpus/ingest/sink.ts): each batch committed in a transaction
// of its own, the corpus layer brought up to date in it.
import type { DocResult } from '../corpus/assemble.ts';
import type { IngestSink, Refused, SinkSummary } from '../corpus/ingest/sink.ts';
import type { PgStore } from './pgStore.ts';

export class StoreSink implements IngestSink {
  private written = 0;

  constructor(private readonly store: PgStore) {}

  async knownHashes(): Promise<Map<string, string>> {
    return this.store.documentHashes();
  }

  /** PostgreSQL text cannot hold U+0000: a document with one is refused, the rest of its batch kept. */
  async accept(results: readonly DocResult[]): Promise<Refused[]> {
    const refused: Refused[] = [];
    const kept = results.filter((result) => {
      if (!JSON.stringify(result).includes('\\u0000')) return true;
      refused.push({ doc: result.document.id, reason: 'holds the character U+0000, which the store cannot keep' });
      return false;
    });
    if (kept.length) await this.store.write(kept);
    this.written += kept.length;
    return refused;
  }

  async finish(): Promise<SinkSummary> {
    const counts = await this.store.counts();
    if (this.written) await this.store.tidy({ bulk: this.written >= counts.documents / 10 });
    return { target: this.store.name, ...counts };
  }

  async close(): Promise<void> {
    // the store is closed by whoever opened it
  }
}
