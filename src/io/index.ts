// Input/output of claim graphs: GEXF, graphology JSON and statements@1, files on disk.
export * from './gexf/index.ts';
export * from './json/index.ts';
export {
  readGraphFile,
  writeGraphFile,
  loadGraphInputs,
  serializeGraph,
  serializeGraphChunks,
  formatFromPath,
  isGraphFormat,
  GRAPH_FORMATS,
  type GraphFormat,
} from './graphFile.ts';
export { loadDefaultGraph, loadDefaultStatements } from './defaultGraph.ts';
export { readStatementsFile, type ReadStatementsOptions } from './statements/readStatements.ts';
export { writeFileAtomic } from './files/atomicWrite.ts';
export { readTextFile } from './files/readText.ts';
export { gexfToAnyGraph, jsonToAnyGraph, type OpenedGraph } from './plainGraph.ts';
