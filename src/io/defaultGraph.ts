// The default graph of the command line: every statements file in graph/annotations,
// merged, with the articles of graph/articles.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildGraph, type ClaimGraph, type NamedStatements } from '../model/index.ts';
import { readStatementsFile } from './statements/readStatements.ts';

/** The package's graph/ folder, seen from the sources (src/io/) or the compiled command (dist-node/src/io/). */
export const GRAPH_DIR = fileURLToPath(
  new URL(import.meta.url.includes('/dist-node/src/') ? '../../../graph/' : '../../graph/', import.meta.url),
);
export const ANNOTATIONS_DIR = join(GRAPH_DIR, 'annotations');

export async function loadDefaultStatements(): Promise<NamedStatements[]> {
  const files = (await readdir(ANNOTATIONS_DIR)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const source = join(ANNOTATIONS_DIR, file);
      return { source, data: await readStatementsFile(source) };
    }),
  );
}

export async function loadDefaultGraph(): Promise<ClaimGraph> {
  return buildGraph(await loadDefaultStatements());
}
