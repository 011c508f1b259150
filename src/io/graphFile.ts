// Graph files on disk (Node only): reading GEXF, graphology JSON or statements@1 (sniffed
// from the content, not the extension), writing any of the three atomically, and loading
// the command line's graph inputs (none → the curated graph; several → merged).
import { InputError } from '../errors.ts';
import { STATEMENTS_FORMAT, buildGraph, toStatements, type ClaimGraph, type NamedStatements } from '../model/index.ts';
import { loadDefaultGraph } from './defaultGraph.ts';
import { writeFileAtomic } from './files/atomicWrite.ts';
import { readTextFile } from './files/readText.ts';
import { gexfChunks, gexfToGraph, graphToGexf } from './gexf/index.ts';
import { graphToJson, graphToStatementsJson, isGraphologyJson, jsonToGraph } from './json/index.ts';
import { parseJson, readStatementsFile } from './statements/readStatements.ts';

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
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) {
    if (/<gexf[\s>]/.test(text)) return { format: 'gexf', text };
    throw new InputError(MODULE, `${path}: is XML but not GEXF (no <gexf> element)`, path);
  }
  const data = parseJson(text, path);
  if (data !== null && typeof data === 'object' && 'format' in data) {
    const { format } = data as { format: unknown };
    if (format === STATEMENTS_FORMAT) return { format: 'statements' };
    throw new InputError(
      MODULE,
      `${path}: has format ${JSON.stringify(format)}, expected ${JSON.stringify(STATEMENTS_FORMAT)}`,
      path,
    );
  }
  if (isGraphologyJson(data)) return { format: 'json', data };
  throw new InputError(
    MODULE,
    `${path}: is neither GEXF, graphology JSON (nodes and edges arrays) nor ${STATEMENTS_FORMAT} (a "format" field)`,
    path,
  );
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

/** The graph of the command line's inputs: none → the curated default graph; several → merged. */
export async function loadGraphInputs(paths: readonly string[]): Promise<ClaimGraph> {
  if (!paths.length) return loadDefaultGraph();
  const sets: NamedStatements[] = [];
  for (const path of paths) sets.push(await readNamedStatements(path));
  return buildGraph(sets);
}
