// Graph files on disk (Node only): reading GEXF, graphology JSON or statements@1 in a stream,
// of any size (sniffed from the content, not the extension, as graphText.ts does for the
// viewer), writing those and the export-only formats (GraphML, CSV, JSON-LD) atomically, and
// loading the command line's graph inputs (none → the curated graph; one → read once;
// several → merged).
import { InputError } from '../errors.ts';
import { buildGraph, type ClaimGraph, type NamedStatements, type StatementsFile } from '../model/index.ts';
import { GraphChecker } from './checkedGraph.ts';
import { graphToCsv, type CsvHeader } from './csv/index.ts';
import { loadDefaultGraph } from './defaultGraph.ts';
import { writeFileAtomic, writeFilesAtomic } from './files/atomicWrite.ts';
import { readTextChunks } from './files/readChunks.ts';
import { GexfGraphReader, gexfChunks, graphToGexf, type GexfVersion } from './gexf/index.ts';
import { graphToGraphml, graphmlChunks } from './graphml/index.ts';
import { graphToJsonLd } from './jsonld/index.ts';
import { graphToJson, graphToStatementsJson, JsonGraphReader } from './json/index.ts';
import { notAGraph, sniffText } from './sniff.ts';
import { completeStatements } from './statements/readStatements.ts';

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
  /** CSV: an apostrophe before text cells a spreadsheet would run as a formula (default: exact text). */
  spreadsheetSafe?: boolean;
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
    const tables = graphToCsv(graph, { header: options.csvHeader, spreadsheetSafe: options.spreadsheetSafe });
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
