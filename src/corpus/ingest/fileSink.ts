// The file sink of ingest: one writer per output (OUT.lock, taken over from a killed run); each
// batch appended to OUT.cache.jsonl as it comes back (a killed run loses only the batches in
// flight); at the end the corpus is assembled from the cache, one document at a time (the
// cache is indexed, never read whole), and written atomically (corpusOutput.ts: statements@1
// streamed, GEXF and graphology JSON refused early past a size they can hold in memory).
import { existsSync } from 'node:fs';
import { checkpoint } from '../../checkpoint.ts';
import { ClaimGraphError } from '../../errors.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import { OutputLock } from '../../io/files/lock.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import { readGraphFile, type GraphFormat } from '../../io/graphFile.ts';
import { toStatements, type ClaimGraph } from '../../model/index.ts';
import { CorpusAssembler, type DocResult } from '../assemble.ts';
import { cachePath, CacheIndex, CacheWriter } from './cache.ts';
import { corpusOutput, type AssembledStream, type CorpusOutput } from './corpusOutput.ts';
import { splitByDocument } from './documents.ts';
import { PARTITION_STATEMENTS, SpilledClusters } from './spilledClusters.ts';
import type { IngestSink, PendingEstimate, SinkSummary } from './sink.ts';

const MODULE = 'claimgraph/corpus/ingest';

export interface FileSinkOptions {
  output: string;
  format: GraphFormat;
  gazetteer: readonly GazetteerEntry[];
  similarity?: number;
  /** GEXF output: 1.3 (default) or 1.2. */
  gexfVersion?: GexfVersion;
  /** Forget what earlier runs ingested into this output: the output then holds these sources only. */
  fresh?: boolean;
  /** Statements clustered in memory at a time (spilledClusters.ts); default PARTITION_STATEMENTS. */
  partitionStatements?: number;
}

export class FileSink implements IngestSink {
  private readonly out: CorpusOutput;

  private constructor(
    private readonly options: FileSinkOptions,
    private readonly lock: OutputLock,
    private readonly index: CacheIndex,
    private readonly writer: CacheWriter,
  ) {
    this.out = corpusOutput(options.output, options.format, { gexfVersion: options.gexfVersion });
  }

  /** Takes the output's lock (waiting for, or failing on, another writer) and reads the cache's index. */
  static async open(options: FileSinkOptions): Promise<FileSink> {
    const lock = await OutputLock.acquire(options.output);
    try {
      const cache = cachePath(options.output);
      const index = options.fresh ? new CacheIndex(cache) : await CacheIndex.read(cache);
      const sink = new FileSink(options, lock, index, new CacheWriter(index, { fresh: options.fresh }));
      // The cache holds every document of the output (a run that read the output copies its
      // documents into the cache), so the output, slow to parse when large, is read only without one.
      if (!index.size && !options.fresh) await sink.writer.append(await previousResults(options.output));
      return sink;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Asked once, by ingest's first pass: the cache's index then stops keeping hashes. */
  async knownHashes(): Promise<Map<string, string>> {
    return this.index.takeHashes();
  }

  check({ ids, textLength }: PendingEstimate): void {
    let documents = ids.size;
    let textBytes = textLength;
    for (let n = 0; n < this.index.size; n++) {
      const entry = this.index.entry(n);
      if (!ids.has(entry.id)) {
        documents++;
        textBytes += entry.length;
      }
    }
    this.out.check({ documents, textBytes });
  }

  async accept(results: readonly DocResult[]): Promise<void> {
    await this.writer.append(results);
  }

  async finish(): Promise<SinkSummary> {
    await this.writer.close();
    await this.index.compact();
    checkpoint('assemble');
    const { stream, counts } = await this.assemble();
    await this.out.write(stream);
    return { target: this.options.output, ...counts() };
  }

  async close(): Promise<void> {
    try {
      await this.writer.close().catch(() => undefined);
    } finally {
      await this.lock.release();
    }
  }

  /** The corpus assembled from the cache: identities and clusters first, then streams for the output. */
  private async assemble(): Promise<{
    stream: AssembledStream;
    counts: () => Omit<SinkSummary, 'target' | 'graph'>;
  }> {
    const index = this.index;
    const order = index.inCorpusOrder();
    const assembler = new CorpusAssembler({ gazetteer: this.options.gazetteer, similarity: this.options.similarity });
    let statements = 0;
    for await (const record of index.records(order)) {
      assembler.identify(record);
      statements += record.statements.length;
    }
    const share = this.options.partitionStatements ?? PARTITION_STATEMENTS;
    if (statements <= share) for await (const record of index.records(order)) assembler.cluster(record);
    else {
      // too many to cluster in memory at once: in shares, through files beside the output
      const spill = new SpilledClusters(
        {
          output: this.options.output,
          statements,
          documents: order.length,
          similarity: this.options.similarity,
          partitionStatements: share,
        },
        (doc) => index.entry(order[doc] as number).id,
      );
      try {
        for await (const record of index.records(order)) await spill.add(assembler.forClustering(record));
        await spill.cluster();
      } finally {
        await spill.remove();
      }
      assembler.assign(spill);
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
}

/** The documents of an earlier output; its corpus-level fields are recomputed on assembly. */
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
