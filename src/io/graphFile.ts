// Graph files on disk (Node only): reading GEXF, graphology JSON or statements@1 in a stream,
// of any size (sniffed from the content, not the extension, as graphText.ts does for the
// viewer), writing any of the three atomically, and loading the command line's graph inputs
// (none → the curated graph; one → read once; several → merged).
import { InputError } from '../errors.ts';
import { buildGraph, type ClaimGraph, type NamedStatements, type StatementsFile } from '../model/index.ts';
import { GraphChecker } from './checkedGraph.ts';
import { loadDefaultGraph } from './defaultGraph.ts';
import { writeFileAtomic } from './files/atomicWrite.ts';
import { readTextChunks } from './files/readChunks.ts';
import { GexfGraphReader, gexfChunks, graphToGexf } from './gexf/index.ts';
import { graphToJson, graphToStatementsJson, JsonGraphReader } from './json/index.ts';
import { notAGraph, sniffText } from './sniff.ts';
import { completeStatements } from './statements/readStatements.ts';

const MODULE = 'claimgraph/io/graphFile';

export const GRAPH_FORMATS = ['gexf', 'json', 'statements'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export const isGraphFormat = (value: unknown): value is GraphFormat =>
  typeof value === 'string' && (GRAPH_FORMATS as readonly string[]).includes(value);

/** The format a file name implies: .gexf, .statements.json (statements@1), .json (graphology JSON). */
export function formatFromPath(path: string): GraphFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.statements.json')) return 'statements';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

/** A graph file read in a stream: the checker of a GEXF or graphology JSON file, or statements@1 data. */
type ReadFile = { checker: GraphChecker } | { statements: StatementsFile };

async function readFile(path: string): Promise<ReadFile> {
  // pieces are taken by hand: leaving a for-await loop early would close the file
  const chunks = readTextChunks(path);
  let head = '';
  while (!/\S/.test(head)) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
  }
  try {
    const kind = sniffText(head);
    if (kind === 'text') throw notAGraph(path);
    const reader = kind === 'xml' ? new GexfGraphReader(path) : new JsonGraphReader(path);
    reader.write(head);
    for await (const chunk of chunks) reader.write(chunk);
    const read = reader.end();
    if (read instanceof GraphChecker) return { checker: read };
    if (read.format === 'json') return { checker: read.checker };
    return { statements: await completeStatements(read.data, path) };
  } finally {
    await chunks.return(undefined);
  }
}

async function readNamedStatements(path: string): Promise<NamedStatements> {
  const file = await readFile(path);
  return { source: path, data: 'statements' in file ? file.statements : file.checker.statements() };
}

/**
 * Reads a GEXF, graphology JSON or statements@1 file, whatever its name; the format is sniffed
 * from the content. The file is streamed, parsed once and checked once, whatever its size.
 */
export async function readGraphFile(path: string): Promise<ClaimGraph> {
  const file = await readFile(path);
  return 'statements' in file ? buildGraph([{ source: path, data: file.statements }]) : file.checker.graph();
}

/** Serialises a graph in one of the three formats. */
export function serializeGraph(graph: ClaimGraph, format: GraphFormat): string {
  if (format === 'gexf') return graphToGexf(graph);
  if (format === 'json') return graphToJson(graph);
  return graphToStatementsJson(graph);
}

/** The same text as serializeGraph, in chunks: GEXF is streamed, so size is not bounded by one string. */
export function serializeGraphChunks(graph: ClaimGraph, format: GraphFormat): Iterable<string> {
  return format === 'gexf' ? gexfChunks(graph) : [serializeGraph(graph, format)];
}

/** Writes a graph atomically; the format defaults to the one the file name implies. */
export async function writeGraphFile(graph: ClaimGraph, path: string, format?: GraphFormat): Promise<void> {
  const chosen = format ?? formatFromPath(path);
  if (!chosen) {
    throw new InputError(
      MODULE,
      `${path}: cannot tell the format from the file name; use .gexf, .json or .statements.json, or give the format`,
      path,
    );
  }
  if (!isGraphFormat(chosen))
    throw new InputError(
      MODULE,
      `unknown format ${JSON.stringify(chosen)} (expected ${GRAPH_FORMATS.join(', ')})`,
      path,
    );
  await writeFileAtomic(path, serializeGraphChunks(graph, chosen));
}

/**
 * The graph of the command line's inputs: none → the curated default graph; one → that file's
 * graph, read and checked once; several → merged through statements@1.
 */
export async function loadGraphInputs(paths: readonly string[]): Promise<ClaimGraph> {
  const [only] = paths;
  if (only === undefined) return loadDefaultGraph();
  if (paths.length === 1) return readGraphFile(only);
  const sets: NamedStatements[] = [];
  for (const path of paths) sets.push(await readNamedStatements(path));
  return buildGraph(sets);
}
