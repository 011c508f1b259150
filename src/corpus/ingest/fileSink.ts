// The file sink of ingest: each batch appended to OUT.cache.jsonl as it comes back (a killed run
// loses only the batches in flight), then, at the end, the whole corpus assembled from the cache
// and written atomically as one graph file (.gexf, .json or .statements.json).
import { existsSync } from 'node:fs';
import { ClaimGraphError } from '../../errors.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import { readGraphFile, writeGraphFile, type GraphFormat } from '../../io/graphFile.ts';
import { buildGraph, toStatements, type ClaimGraph } from '../../model/index.ts';
import { assembleCorpus, type DocResult } from '../assemble.ts';
import { cachePath, CacheWriter, readCache } from './cache.ts';
import { splitByDocument } from './documents.ts';
import type { IngestSink, SinkSummary } from './sink.ts';

const MODULE = 'claimgraph/corpus/ingest';

export interface FileSinkOptions {
  output: string;
  format: GraphFormat;
  gazetteer: readonly GazetteerEntry[];
  similarity?: number;
  /** GEXF output: 1.3 (default) or 1.2. */
  gexfVersion?: GexfVersion;
}

export class FileSink implements IngestSink {
  private readonly known = new Map<string, DocResult>();
  private writer?: CacheWriter;

  constructor(private readonly options: FileSinkOptions) {}

  async knownHashes(): Promise<Map<string, string>> {
    // The cache holds every document of the output (a run that read the output copies its
    // documents into the cache), so the output, slow to parse when large, is read only without one.
    const cache = cachePath(this.options.output);
    for (const [id, result] of await readCache(cache)) this.known.set(id, result);
    if (!this.known.size) {
      const carried = [...(await previousResults(this.options.output)).values()];
      for (const result of carried) this.known.set(result.document.id, result);
      if (carried.length) await (await this.open()).append(carried);
    }
    return new Map([...this.known].map(([id, result]) => [id, result.document.hash ?? '']));
  }

  async accept(results: readonly DocResult[]): Promise<void> {
    await (await this.open()).append(results);
    for (const result of results) this.known.set(result.document.id, result);
  }

  async finish(): Promise<SinkSummary> {
    await this.close();
    const { output, format } = this.options;
    const assembled = assembleCorpus(this.known.values(), {
      gazetteer: this.options.gazetteer,
      similarity: this.options.similarity,
    });
    const graph = buildGraph([{ source: output, data: assembled.statements }]);
    await writeGraphFile(graph, output, format, { gexfVersion: this.options.gexfVersion });
    return {
      target: output,
      documents: assembled.statements.documents.length,
      statements: assembled.statements.statements.length,
      actors: assembled.statements.actors.length,
      clusters: assembled.clusters,
      merges: assembled.merges.length,
      graph,
    };
  }

  async close(): Promise<void> {
    const writer = this.writer;
    this.writer = undefined;
    await writer?.close();
  }

  private async open(): Promise<CacheWriter> {
    this.writer ??= await CacheWriter.open(cachePath(this.options.output));
    return this.writer;
  }
}

/** The documents of an earlier output, by id; its corpus-level fields are recomputed on assembly. */
async function previousResults(output: string): Promise<Map<string, DocResult>> {
  if (!existsSync(output)) return new Map();
  let graph: ClaimGraph;
  try {
    graph = await readGraphFile(output);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ClaimGraphError(
      MODULE,
      `the existing output ${output} cannot be read back to resume from (${reason}); move it away to start afresh`,
      { cause },
    );
  }
  const results = splitByDocument(toStatements(graph));
  for (const result of results.values()) {
    delete result.document.outletActor;
    for (const st of result.statements) delete st.cluster;
  }
  return results;
}
