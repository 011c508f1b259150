// The graph sources the viewer knows: the curated default graph, a synthetic graph of N
// nodes (`?synthetic=N`), a graph file by URL (`?graph=…`) and local files (opened or
// dropped: a link cannot carry them). URL and local files go through the same opening as
// any file (../files/openFiles.ts, the library's content sniffing); a URL must hold a graph
// file, not an article.
import { InputError } from '../../../src/errors.ts';
import { sniffText } from '../../../src/io/graphText.ts';
import { syntheticGraph } from '../../../src/synth/index.ts';
import { defaultGraph, DEFAULT_SOURCE } from '../data/defaultGraph.ts';
import { readFileText } from '../files/decodeText.ts';
import { openFiles, type Extractor, type OpenedGraph } from '../files/openFiles.ts';
import { ClaimData, type GraphData } from '../viewer/graphData.ts';
import { fetchGraphFile } from './fetchGraph.ts';
import type { GraphSource } from './types.ts';

const MODULE = 'claimgraph/web/source';

/** The viewer's data for an opened graph; an empty graph is refused, so that a link never opens a blank page. */
export function graphData(opened: OpenedGraph, name: string): GraphData {
  if (opened.graph.order === 0) throw new InputError(MODULE, `${name}: the graph is empty (no nodes)`, name);
  if (opened.kind === 'plain') return { kind: 'plain', graph: opened.graph, reason: opened.reason };
  return new ClaimData(opened.graph);
}

export const defaultSource = (): GraphSource => ({
  name: DEFAULT_SOURCE,
  query: {},
  load: () => Promise.resolve(new ClaimData(defaultGraph())),
});

export const syntheticSource = (nodes: number): GraphSource => ({
  name: `synthetic-${nodes}`,
  query: { synthetic: String(nodes) },
  load: () => Promise.resolve(new ClaimData(syntheticGraph(nodes))),
});

export const urlSource = (param: string, extract: Extractor): GraphSource => ({
  name: param,
  query: { graph: param },
  load: async (onProgress) => {
    const file = await fetchGraphFile(param);
    // A URL opens graph files only: a web page or an article at the address is not a graph.
    const head = (await readFileText(file)).slice(0, 200);
    if (sniffText(head) === 'text' || /^\s*<(!doctype\s+html|html)\b/i.test(head))
      throw new InputError(
        MODULE,
        `${param}: is not a graph file (GEXF, graphology JSON or claimgraph statements JSON)${/html/i.test(head) ? '; it is a web page' : ''}`,
        param,
      );
    const opened = await openFiles([file], extract, onProgress);
    return graphData(opened, param);
  },
});

export const filesSource = (files: readonly File[], extract: Extractor): GraphSource => {
  const name = files.map((file) => file.name).join(', ');
  return {
    name,
    query: null,
    load: async (onProgress) => graphData(await openFiles(files, extract, onProgress), name),
  };
};
