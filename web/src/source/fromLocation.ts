// The source a page address asks for, and the link that reopens a source with a view: the
// graph is in the query (`?graph=corpus.gexf`, `?synthetic=20000`, `?server=<claimgraph serve>`
// with the nodes opened on it), the view in the hash.
import type { Extractor } from '../files/openFiles.ts';
import { ServerSource } from '../server/serverSource.ts';
import { defaultSource, syntheticSource, urlSource } from './sources.ts';
import type { GraphSource } from './types.ts';

/** The query parameters that name a graph; any other parameter is left in links as it was. */
export const SOURCE_PARAMS = ['graph', 'synthetic', 'server', 'open'] as const;

export function sourceFromLocation(search: string, extract: Extractor): GraphSource {
  const params = new URLSearchParams(search);
  const server = params.get('server');
  if (server !== null && server.trim() !== '') return new ServerSource(server, params.get('open') ?? '');
  const graph = params.get('graph');
  if (graph !== null && graph.trim() !== '') return urlSource(graph, extract);
  const synthetic = Number(params.get('synthetic'));
  if (Number.isInteger(synthetic) && synthetic > 0) return syntheticSource(Math.min(synthetic, 2_000_000));
  return defaultSource();
}

/**
 * The page address for a source: its query in place of any other source's, the rest of the
 * address kept. A source no link can carry (local files) gives the address of the default graph.
 */
export function addressFor(source: GraphSource, current: string): URL {
  const url = new URL(current);
  for (const param of SOURCE_PARAMS) url.searchParams.delete(param);
  for (const [key, value] of Object.entries(source.query ?? {})) url.searchParams.set(key, value);
  return url;
}
