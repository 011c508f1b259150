// How the file sink (fileSink.ts) writes an assembled corpus. It is assembled as streams
// (documents, then actors, then statements, read back from the cache one document at a time).
// A statements@1 file is written as the streams flow, so its size is not bounded by memory;
// GEXF and graphology JSON describe a whole graph, built in memory, so their output refuses,
// before any extraction, a corpus too large for that (naming the limit and the way out).
import { InputError } from '../../errors.ts';
import { writeFileAtomic } from '../../io/files/atomicWrite.ts';
import { formatBytes } from '../../io/files/readText.ts';
import { writeGraphFile, type GraphFormat, type WriteOptions } from '../../io/graphFile.ts';
import { statementsChunks } from '../../io/statements/writeStatements.ts';
import {
  buildGraph,
  STATEMENTS_FORMAT,
  type ActorRecord,
  type DocumentRecord,
  type StatementRecord,
} from '../../model/index.ts';

const MODULE = 'claimgraph/corpus/ingest';

/** What the output will hold at most, known before extraction. */
export interface CorpusEstimate {
  documents: number;
  /** Bytes of article text (sources and cache). */
  textBytes: number;
}

/** The assembled corpus: each call of documents() or statements() reads it afresh; actors() is complete once documents() has been read. */
export interface AssembledStream {
  documents(): AsyncIterable<DocumentRecord>;
  actors(): readonly ActorRecord[];
  statements(): AsyncIterable<StatementRecord>;
}

export interface CorpusOutput {
  /** For messages: the file written. */
  readonly name: string;
  /** Throws, before any work, when the sink cannot take a corpus of this size. */
  check(estimate: CorpusEstimate): void;
  write(corpus: AssembledStream): Promise<void>;
}

/**
 * A whole graph in memory costs about 40 times its article text (nodes, edges, attributes and
 * the texts themselves) and Node's heap is limited; these limits keep a GEXF or graphology JSON
 * output well inside it (measured: `npm run bench -- corpus`).
 */
export const GRAPH_OUTPUT_LIMITS = { documents: 100_000, textBytes: 64 * 2 ** 20 };

export function corpusOutput(path: string, format: GraphFormat, options: WriteOptions = {}): CorpusOutput {
  if (format === 'statements') {
    return {
      name: path,
      check: () => undefined,
      write: (corpus) =>
        writeFileAtomic(
          path,
          statementsChunks({
            documents: corpus.documents(),
            actors: () => corpus.actors(),
            statements: () => corpus.statements(),
          }),
        ),
    };
  }
  return {
    name: path,
    check({ documents, textBytes }) {
      const over =
        documents > GRAPH_OUTPUT_LIMITS.documents
          ? `${documents} documents, over the limit of ${GRAPH_OUTPUT_LIMITS.documents}`
          : textBytes > GRAPH_OUTPUT_LIMITS.textBytes
            ? `${formatBytes(textBytes)} of articles, over the limit of ${formatBytes(GRAPH_OUTPUT_LIMITS.textBytes)}`
            : undefined;
      if (!over) return;
      const statements = path.replace(/\.(gexf|json)$/i, '') + '.statements.json';
      throw new InputError(
        MODULE,
        `${path}: a ${format === 'gexf' ? 'GEXF' : 'graphology JSON'} output holds the whole graph in memory, and this corpus has ${over}; write ${statements} instead (statements@1 is written as a stream, any size), or use --store`,
        path,
      );
    },
    async write(corpus) {
      const documents: DocumentRecord[] = [];
      for await (const document of corpus.documents()) documents.push(document);
      const statements: StatementRecord[] = [];
      for await (const statement of corpus.statements()) statements.push(statement);
      const graph = buildGraph([
        { source: path, data: { format: STATEMENTS_FORMAT, documents, actors: [...corpus.actors()], statements } },
      ]);
      await writeGraphFile(graph, path, format, options);
    },
  };
}
