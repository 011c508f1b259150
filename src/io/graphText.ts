// Graph files given as text, recognised by their content, never by their name: GEXF (XML),
// graphology JSON or statements@1 JSON. The one way in for the viewer (opened and dropped
// files) and the model of graphFile.ts, which reads the same formats from disk in a stream.
// Several files merge into one graph, as on the command line. Browser-safe: no node: imports.
import { InputError } from '../errors.ts';
import {
  buildGraph,
  toStatements,
  type ClaimGraph,
  type NamedStatements,
  type StatementsFile,
} from '../model/index.ts';
import { gexfToGraph } from './gexf/index.ts';
import { jsonToGraph } from './json/index.ts';
import { jsonFormat, notAGraph, parseJson, sniffText } from './sniff.ts';

export { jsonFormat, notAGraph, parseJson, sniffText, type TextKind } from './sniff.ts';

const MODULE = 'claimgraph/io/graphText';

/** The graph in a GEXF, graphology JSON or statements@1 text; `source` names it in errors. */
export function graphFromText(text: string, source: string): ClaimGraph {
  const kind = sniffText(text);
  if (kind === 'xml') return gexfToGraph(text, source);
  if (kind === 'text') throw notAGraph(source);
  const data = parseJson(text, source);
  if (jsonFormat(data, source) === 'json') return jsonToGraph(data, source);
  return buildGraph([{ source, data: data as StatementsFile }]);
}

/** The statements of a graph text, for merging with others (buildGraph validates them). */
export function statementsFromText(text: string, source: string): NamedStatements {
  const kind = sniffText(text);
  if (kind === 'json') {
    const data = parseJson(text, source);
    if (jsonFormat(data, source) === 'statements') return { source, data: data as StatementsFile };
  }
  return { source, data: toStatements(graphFromText(text, source)) };
}

/** One graph of several graph texts: one is read as it is, several are merged (as statements@1). */
export function graphFromTexts(files: readonly { name: string; text: string }[]): ClaimGraph {
  const [only] = files;
  if (!only) throw new InputError(MODULE, 'no file given');
  if (files.length === 1) return graphFromText(only.text, only.name);
  return buildGraph(files.map(({ name, text }) => statementsFromText(text, name)));
}
