// graphToGexf: ClaimGraph → GEXF 1.3 through graphology-gexf's writer, with typed columns
// for every attribute (attributes.ts), viz styling (viz.ts) and the reversible XML escape
// (xmlSafe.ts). String out, no node: imports: the viewer uses it too. Large graphs go
// through streamWrite.ts, which writes the same bytes without building one huge string.
import { write } from 'graphology-gexf';
import type { ClaimGraph } from '../../model/index.ts';
import { createFormatters } from './attributes.ts';
import { ESCAPE_DESCRIPTION, escapeValue } from './xmlSafe.ts';

/** What <meta> carries: who wrote the file and how its strings are escaped. */
export const GEXF_META = { creator: 'claimgraph', description: ESCAPE_DESCRIPTION } as const;

/**
 * version 1.3 explicitly: graphology-gexf defaults to 1.2 with a malformed viz namespace.
 * pedantic keeps <meta> to the elements the 1.3 grammar allows.
 */
export const WRITE_OPTIONS = { version: '1.3', pedantic: true } as const;

export function graphToGexf(graph: ClaimGraph): string {
  return write(escapedView(graph), { ...WRITE_OPTIONS, ...createFormatters(graph) });
}

/**
 * graphology-gexf writes node and edge keys raw and the graph's own attributes as <meta>.
 * This view of the graph (no copy) hands the writer escaped keys and fixed meta, so that
 * unknown graph attributes (invalid as GEXF elements) stay out of the file. The formatters
 * receive the escaped keys and un-escape them.
 */
function escapedView(graph: ClaimGraph): ClaimGraph {
  const view: ClaimGraph = Object.create(graph);
  view.getAttributes = (() => ({ ...GEXF_META })) as unknown as ClaimGraph['getAttributes'];
  view.forEachNode = ((callback: (key: string, attrs: unknown) => void) =>
    graph.forEachNode((key, attrs) => callback(escapeValue(key), attrs))) as ClaimGraph['forEachNode'];
  view.forEachEdge = ((callback: (...args: unknown[]) => void) =>
    graph.forEachEdge((key, attrs, source, target, sourceAttrs, targetAttrs, undirected) =>
      callback(escapeValue(key), attrs, escapeValue(source), escapeValue(target), sourceAttrs, targetAttrs, undirected),
    )) as ClaimGraph['forEachEdge'];
  return view;
}
