// Where a graph comes from, behind one small interface, so that the page can open it, say
// what it is, and put it in a link: the curated default graph, a synthetic one, a graph file
// at a URL, local files (which no link can carry), and later a claimgraph server.
import type { GraphData } from '../viewer/graphData.ts';

export interface GraphSource {
  /** Names the graph in the status line, in messages and in export file names. */
  readonly name: string;
  /**
   * The address query that reopens it (`{ graph: 'corpus.gexf' }`; `{}` for the default
   * graph), or null when a link cannot carry it (files from this computer).
   */
  readonly query: Readonly<Record<string, string>> | null;
  /** Loads the graph whole, or throws an Error whose message is one line for the user. */
  load(onProgress: (done: number, total: number) => void): Promise<GraphData>;
}
