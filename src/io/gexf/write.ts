// graphToGexf: ClaimGraph → GEXF 1.3 or 1.2 through graphology-gexf's writer, with typed
// columns for every attribute (attributes.ts over src/io/flat), viz styling (viz.ts), edge
// weight and the reversible XML escape (xmlSafe.ts). String out, no node: imports: the viewer
// uses it too. Large graphs go through streamWrite.ts, which writes the same bytes without
// building one huge string.
import { write } from 'graphology-gexf';
import type Graph from 'graphology';
import type { ClaimGraph } from '../../model/index.ts';
import { createFormatters, type FormattedElement } from './attributes.ts';
import { DEFAULT_GEXF_VERSION, GEXF_OPENING_TAG, type GexfOptions, type GexfVersion } from './version.ts';
import { ESCAPE_RULE, escapeValue } from './xmlSafe.ts';

/** What <meta> carries: who wrote the file, its offset unit, its list encoding, its string escape. */
export const GEXF_META = {
  creator: 'claimgraph',
  description:
    'claimgraph graph (statements@1 as GEXF). Offsets (contentStart/contentEnd, cueStart/cueEnd, ' +
    "evidenceStart/evidenceEnd) are UTF-16 code units (JavaScript string indices) into the document's text " +
    '(the document node\'s "text"), end exclusive; for code-point offsets (Python) export CSV, GraphML or JSON-LD. ' +
    'Lists (aliases, rules) are JSON arrays of strings. Edge weight: speech acts 2, relations 1. ' +
    ESCAPE_RULE,
} as const;

type WriteFormatters = Pick<NonNullable<Parameters<typeof write>[1]>, 'formatNode' | 'formatEdge'>;

interface Formatters<N, E> {
  formatNode: (key: string, attrs: N) => FormattedElement;
  formatEdge: (key: string, attrs: E) => FormattedElement;
}

/**
 * graphology-gexf's write with claimgraph's settings: the version asked for (graphology-gexf
 * would default to 1.2), pedantic <meta> (only what both grammars allow) and the right
 * namespaces (see version.ts).
 */
export function writeGexf<N, E>(graph: Graph, version: GexfVersion, formatters: Formatters<N, E>): string {
  const xml = write(graph, { version, pedantic: true, ...(formatters as unknown as WriteFormatters) });
  return xml.replace(/<gexf [^>]*>/, GEXF_OPENING_TAG[version]);
}

export function graphToGexf(graph: ClaimGraph, options: GexfOptions = {}): string {
  const version = options.version ?? DEFAULT_GEXF_VERSION;
  return writeGexf(escapedView(graph), version, createFormatters(graph, version));
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
