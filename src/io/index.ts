// Input/output of claim graphs: GEXF, graphology JSON and statements@1 (read and written),
// GraphML, CSV and JSON-LD (written), files on disk.
export * from './gexf/index.ts';
export * from './json/index.ts';
export * from './csv/index.ts';
export * from './graphml/index.ts';
export * from './jsonld/index.ts';
export {
  readGraphFile,
  writeGraphFile,
  loadGraphInputs,
  serializeGraph,
  serializeGraphChunks,
  formatFromPath,
  csvPaths,
  isGraphFormat,
  isExportFormat,
  GRAPH_FORMATS,
  EXPORT_FORMATS,
  type GraphFormat,
  type ExportFormat,
  type WriteOptions,
} from './graphFile.ts';
export { loadDefaultGraph, loadDefaultStatements } from './defaultGraph.ts';
export { readStatementsFile, type ReadStatementsOptions } from './statements/readStatements.ts';
export { writeFileAtomic, writeFilesAtomic } from './files/atomicWrite.ts';
export { readTextFile } from './files/readText.ts';
export { gexfToAnyGraph, jsonToAnyGraph, type OpenedGraph } from './plainGraph.ts';
