// Graph files on disk (Node only): reading GEXF, graphology JSON or statements@1 (sniffed
// from the content, not the extension, as graphText.ts does for the viewer), writing those and
// the export-only formats (GraphML, CSV, JSON-LD) atomically, and loading the command line's
// graph inputs (none → the curated graph; several → merged).
import { InputError } from '../errors.ts';
import { buildGraph, toStatements, type ClaimGraph, type NamedStatements } from '../model/index.ts';
import { loadDefaultGraph } from './defaultGraph.ts';
import { graphToCsv, type CsvHeader } from './csv/index.ts';
import { writeFileAtomic, writeFilesAtomic } from './files/atomicWrite.ts';
import { readTextFile } from './files/readText.ts';
import { gexfChunks, gexfToGraph, graphToGexf, type GexfVersion } from './gexf/index.ts';
import { graphToGraphml, graphmlChunks } from './graphml/index.ts';
import { jsonFormat, notAGraph, parseJson, sniffText } from './graphText.ts';
import { graphToJsonLd } from './jsonld/index.ts';
import { graphToJson, graphToStatementsJson, jsonToGraph } from './json/index.ts';
import { readStatementsFile } from './statements/readStatements.ts';

const MODULE = 'claimgraph/io/graphFile';

/** Formats claimgraph reads and writes. */
export const GRAPH_FORMATS = ['gexf', 'json', 'statements'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** Formats claimgraph writes: the graph formats, and GraphML, CSV and JSON-LD for other tools. */
export const EXPORT_FORMATS = [...GRAPH_FORMATS, 'graphml', 'csv', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isGraphFormat = (value: unknown): value is GraphFormat =>
  typeof value === 'string' && (GRAPH_FORMATS as readonly string[]).includes(value);

export const isExportFormat = (value: unknown): value is ExportFormat =>
  typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);

/** Options of the formats that have some. */
export interface WriteOptions {
  /** GEXF 1.3 (default) or 1.2. */
  gexfVersion?: GexfVersion;
  /** CSV header style: gephi (default) or neo4j. */
  csvHeader?: CsvHeader;
  /** JSON-LD: the IRI node keys are appended to. */
  jsonldBase?: string;
}

const EXTENSIONS: [string, ExportFormat][] = [
  ['.gexf', 'gexf'],
  ['.statements.json', 'statements'],
  ['.jsonld', 'jsonld'],
  ['.json', 'json'],
  ['.graphml', 'graphml'],
  ['.csv', 'csv'],
];

/**
 * The format a file name implies: .gexf, .statements.json (statements@1), .json (graphology
 * JSON), .graphml, .csv (two tables), .jsonld.
 */
export function formatFromPath(path: string): ExportFormat | undefined {
  const lower = path.toLowerCase();
  return EXTENSIONS.find(([extension]) => lower.endsWith(extension))?.[1];
}

/** The two files of a CSV export to `path`: `X.csv` or `X` → `X.nodes.csv` and `X.edges.csv`. */
export function csvPaths(path: string): { nodes: string; edges: string } {
  const base = path.replace(/\.csv$/i, '');
  return { nodes: `${base}.nodes.csv`, edges: `${base}.edges.csv` };
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

type OneFileFormat = Exclude<ExportFormat, 'csv'>;

/** Serialises a graph in a one-file format. */
export function serializeGraph(graph: ClaimGraph, format: OneFileFormat, options: WriteOptions = {}): string {
  if (format === 'gexf') return graphToGexf(graph, { version: options.gexfVersion });
  if (format === 'json') return graphToJson(graph);
  if (format === 'graphml') return graphToGraphml(graph);
  if (format === 'jsonld') return graphToJsonLd(graph, { base: options.jsonldBase });
  return graphToStatementsJson(graph);
}

/**
 * The same text as serializeGraph, in chunks: GEXF and GraphML are streamed, so their size is
 * not bounded by one string. CSV is two files: an InputError (write it with writeGraphFile).
 */
export function serializeGraphChunks(
  graph: ClaimGraph,
  format: ExportFormat,
  options: WriteOptions = {},
): Iterable<string> {
  if (format === 'csv')
    throw new InputError(
      MODULE,
      'CSV is two tables (nodes and edges): give an output file (-o X.csv writes X.nodes.csv and X.edges.csv)',
    );
  if (format === 'gexf') return gexfChunks(graph, { version: options.gexfVersion });
  if (format === 'graphml') return graphmlChunks(graph);
  return [serializeGraph(graph, format, options)];
}

/** Writes a graph atomically (CSV: its two tables); the format defaults to the one the file name implies. */
export async function writeGraphFile(
  graph: ClaimGraph,
  path: string,
  format?: ExportFormat,
  options: WriteOptions = {},
): Promise<void> {
  const chosen = format ?? formatFromPath(path);
  if (!chosen) {
    throw new InputError(
      MODULE,
      `${path}: cannot tell the format from the file name; use ${EXTENSIONS.map(([extension]) => extension).join(', ')}, or give the format`,
      path,
    );
  }
  if (!isExportFormat(chosen))
    throw new InputError(
      MODULE,
      `unknown format ${JSON.stringify(chosen)} (expected ${EXPORT_FORMATS.join(', ')})`,
      path,
    );
  if (chosen === 'csv') {
    const paths = csvPaths(path);
    const tables = graphToCsv(graph, { header: options.csvHeader });
    await writeFilesAtomic([
      { path: paths.nodes, content: tables.nodes },
      { path: paths.edges, content: tables.edges },
    ]);
  } else await writeFileAtomic(path, serializeGraphChunks(graph, chosen, options));
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
