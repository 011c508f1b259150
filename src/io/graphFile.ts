// Graph files on disk (Node only): reading GEXF, graphology JSON or statements@1 (sniffed
// from the content, not the extension, as graphText.ts does for the viewer), writing any of the three atomically, and loading
// the command line's graph inputs (none → the curated graph; several → merged).
import { InputError } from '../errors.ts';
import { buildGraph, toStatements, type ClaimGraph, type NamedStatements } from '../model/index.ts';
import { loadDefaultGraph } from './defaultGraph.ts';
import { writeFileAtomic } from './files/atomicWrite.ts';
import { readTextFile } from './files/readText.ts';
import { gexfChunks, gexfToGraph, graphToGexf } from './gexf/index.ts';
import { jsonFormat, notAGraph, parseJson, sniffText } from './graphText.ts';
import { graphToJson, graphToStatementsJson, jsonToGraph } from './json/index.ts';
import { readStatementsFile } from './statements/readStatements.ts';

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

type Sniffed = { format: 'gexf'; text: string } | { format: 'json'; data: unknown } | { format: 'statements' };

async function sniff(path: string): Promise<Sniffed> {
  const text = await readTextFile(path);
  const kind = sniffText(text);
  if (kind === 'xml') return { format: 'gexf', text };
  if (kind === 'text') throw notAGraph(path);
  const data = parseJson(text, path);
  return jsonFormat(data, path) === 'statements' ? { format: 'statements' } : { format: 'json', data };
}

async function readNamedStatements(path: string): Promise<NamedStatements> {
  const file = await sniff(path);
  if (file.format === 'statements') return { source: path, data: await readStatementsFile(path) };
  const graph = file.format === 'gexf' ? gexfToGraph(file.text, path) : jsonToGraph(file.data, path);
  return { source: path, data: toStatements(graph) };
}

/** Reads a .gexf, graphology .json or statements@1 .json file; the format is sniffed from the content. */
export async function readGraphFile(path: string): Promise<ClaimGraph> {
  const file = await sniff(path);
  if (file.format === 'gexf') return gexfToGraph(file.text, path);
  if (file.format === 'json') return jsonToGraph(file.data, path);
  return buildGraph([{ source: path, data: await readStatementsFile(path) }]);
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
