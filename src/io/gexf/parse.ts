// gexfToGraph: GEXF → ClaimGraph. The XML is first checked strictly (characters XML 1.0
// forbids, then xmldom with every warning treated as an error: graphology-gexf's own parse
// accepts truncated or mismatched documents and would return a half graph), then read by
// graphology-gexf, un-escaped (attributes.ts) and passed through checkedGraph.ts, which
// validates it and rebuilds it with buildGraph. Browser-safe: string in.
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { show } from '../../model/index.ts';
import { checkedClaimGraph, formatError } from '../checkedGraph.ts';
import type { ClaimGraph } from '../../model/index.ts';
import { edgeFromGexf, nodeFromGexf } from './attributes.ts';
import { unescapeValue as unescapeKey } from './xmlSafe.ts';

const MODULE = 'claimgraph/io/gexf/parse';

// XML 1.0 Char production: what may appear raw or as a character reference.
const FORBIDDEN_RAW =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CHAR_REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

const isXmlChar = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

function lineAndColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `line ${line}, column ${index - before.lastIndexOf('\n')}`;
}

function xmlProblem(xml: string): string | undefined {
  if (!xml.trim()) return 'the file is empty';
  const raw = FORBIDDEN_RAW.exec(xml);
  if (raw) {
    const code = (raw[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
    return `character U+${code} at ${lineAndColumn(xml, raw.index)} is not allowed in XML 1.0`;
  }
  for (const match of xml.matchAll(CHAR_REFERENCE)) {
    const ref = match[1] as string;
    const code = ref.startsWith('x') ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
    if (!isXmlChar(code))
      return `character reference ${match[0]} at ${lineAndColumn(xml, match.index)} is not allowed in XML 1.0`;
  }
  const fail = (message: string): never => {
    throw new Error(message.replace(/^\[xmldom \w+\]\s*/, '').split('\n')[0]);
  };
  try {
    const doc = new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(
      xml,
      'application/xml',
    );
    const root = doc.documentElement?.nodeName;
    if (root === undefined) return 'not XML (no root element)';
    if (root !== 'gexf') return `the root element is ${show(root)}, not "gexf"`;
    if (doc.getElementsByTagName('graph').length !== 1) return 'a GEXF file needs exactly one <graph> element';
  } catch (error) {
    if (!xml.trimEnd().endsWith('>')) return 'not well-formed XML: the file ends inside a tag (truncated?)';
    if (!/<\/gexf>\s*$/.test(xml)) return 'not well-formed XML: the file ends before </gexf> (truncated?)';
    return `not well-formed XML (${(error as Error).message.replace(/^(element parse error: )?(Error: )?/, '')})`;
  }
  return undefined;
}

function parserMessage(error: unknown): string {
  const message = (error as Error).message.replace(/^graphology-gexf\/parser: /, '');
  // graphology-gexf's advice (an option of its own) means nothing to a user of claimgraph
  return message.includes('inexisting node') ? 'an edge points to a node id that no <node> has' : message;
}

/** Reads GEXF (as written by graphToGexf, or by Gephi with claimgraph's columns). */
export function gexfToGraph(xml: string, source = 'GEXF'): ClaimGraph {
  const problem = xmlProblem(xml);
  if (problem) throw formatError(MODULE, source, [problem]);
  let graph: Graph;
  try {
    graph = parse(Graph, xml);
  } catch (error) {
    throw formatError(MODULE, source, [parserMessage(error)]);
  }
  const decoded = new Graph({ multi: true, allowSelfLoops: true, type: graph.type });
  graph.forEachNode((key, attrs) => decoded.addNode(unescapeKey(key), nodeFromGexf(attrs)));
  graph.forEachEdge((key, attrs, from, to, _s, _t, undirected) => {
    const add = undirected ? decoded.addUndirectedEdgeWithKey : decoded.addDirectedEdgeWithKey;
    add.call(decoded, unescapeKey(key), unescapeKey(from), unescapeKey(to), edgeFromGexf(attrs));
  });
  return checkedClaimGraph(decoded, source, MODULE);
}
