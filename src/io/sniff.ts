// Recognising graph files by their content: the first character tells XML from JSON from
// plain text, and a parsed JSON object's keys tell statements@1 from graphology JSON. Shared
// by the text readers (graphText.ts), the streaming file readers (graphFile.ts, json/readJson.ts)
// and the viewer. Browser-safe, and free of the readers themselves (no import cycle).
import { InputError } from '../errors.ts';
import { STATEMENTS_FORMAT } from '../model/index.ts';

const MODULE = 'claimgraph/io/sniff';

/** True when parsed JSON looks like graphology's serialisation (nodes and edges arrays). */
export function isGraphologyJson(data: unknown): boolean {
  const { nodes, edges } = (data ?? {}) as { nodes?: unknown; edges?: unknown };
  return typeof data === 'object' && !Array.isArray(data) && Array.isArray(nodes) && Array.isArray(edges);
}

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
