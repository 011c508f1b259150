// Graph files given as text, recognised by their content, never by their name: GEXF (XML),
// graphology JSON or statements@1 JSON. The one way in for the viewer (opened and dropped
// files) and the model of graphFile.ts, which reads the same formats from disk in a stream.
// Several files merge into one graph, as on the command line. Browser-safe: no node: imports.
import { InputError } from '../errors.ts';
import {
  STATEMENTS_FORMAT,
  buildGraph,
  toStatements,
  type ClaimGraph,
  type NamedStatements,
  type StatementsFile,
} from '../model/index.ts';
import { gexfToGraph } from './gexf/index.ts';
import { isGraphologyJson, jsonToGraph } from './json/index.ts';

const MODULE = 'claimgraph/io/graphText';

/** What a text holds, from its first character: XML (`<`), a JSON object (`{`), or anything else. */
export type TextKind = 'xml' | 'json' | 'text';

/** Sniffs the start of a text (a BOM and white space are skipped); `head` may be only its first chunk. */
export function sniffText(head: string): TextKind {
  const first = /[^\s\uFEFF]/.exec(head)?.[0];
  return first === '<' ? 'xml' : first === '{' ? 'json' : 'text';
}

export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new InputError(MODULE, `${source}: is not valid JSON (${message})`, source, { cause });
  }
}

/** Which graph format parsed JSON is in: statements@1 (its "format" field) or graphology JSON. */
export function jsonFormat(data: unknown, source: string): 'statements' | 'json' {
  if (data !== null && typeof data === 'object' && 'format' in data) {
    const { format } = data as { format: unknown };
    if (format === STATEMENTS_FORMAT) return 'statements';
    throw new InputError(
      MODULE,
      `${source}: has format ${JSON.stringify(format)}, expected ${JSON.stringify(STATEMENTS_FORMAT)}`,
      source,
    );
  }
  if (isGraphologyJson(data)) return 'json';
  throw notAGraph(source);
}

export function notAGraph(source: string): InputError {
  return new InputError(
    MODULE,
    `${source}: is neither GEXF, graphology JSON (nodes and edges arrays) nor ${STATEMENTS_FORMAT} (a "format" field)`,
    source,
  );
}

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
