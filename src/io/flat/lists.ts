// Lists in flat formats (GEXF, GraphML, CSV): a JSON array of strings in a string column,
// e.g. `["SOHR","Syrian Observatory"]`. GEXF's own list types do not survive other readers:
// networkx 2.8 reads a liststring as one string and writes it back as a plain string, Gephi
// Lite turns every list into JSON text, CSV and GraphML have no lists at all. A JSON array
// reads back the same everywhere (`json.loads` in Python, `apoc.convert.fromJsonList` in
// Neo4j). The JSON is written with \u escapes for every character a flat format would have
// to escape (controls, C1, ¤, U+2028/9, U+FFFE/F, lone surrogates), so the column's text is
// the same in every format and no format-level escape ever touches it.
//
// Reading accepts, for files written before this encoding: a real array (a GEXF liststring
// read by graphology-gexf), and the text of claimgraph's old GEXF list (`[a, b]`, as networkx
// hands it on). Their items carry the reversible ¤ escape of xmlSafe.ts, undone by `unescape`.

const ESCAPED_IN_JSON = /[\u007F-\u009F\u00A4\u2028\u2029\uFFFE\uFFFF]/g;

const u = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A list of strings as JSON text whose every character is printable ASCII or a safe letter. */
export function encodeList(items: readonly string[]): string {
  // JSON.stringify already escapes C0 controls, quotes, backslashes and lone surrogates
  return JSON.stringify(items).replace(ESCAPED_IN_JSON, u);
}

const LEGACY_MARK = '¤';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** claimgraph's old GEXF 1.3 list text, `[a, b]`: its items had , " ' \ and leading spaces escaped. */
function legacyItems(text: string): string[] | undefined {
  const inner = /^\[(.*)\]$/s.exec(text.trim())?.[1];
  if (inner === undefined) return undefined;
  if (!inner.trim()) return [];
  return inner.split(',').map((item) => item.replace(/^\s+/, ''));
}

/**
 * A list column's value as read from a file → the list of strings, or the value unchanged
 * when it is no list at all (the caller's validation then names it).
 */
export function decodeList(value: unknown, unescape: (item: string) => string): unknown {
  if (isStringArray(value)) return value.map(unescape);
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    // encodeList never writes ¤ raw: a raw ¤ means JSON made by another tool (Gephi Lite's
    // JSON.stringify) from an old escaped list, whose items still need their escape undone
    if (isStringArray(parsed)) return value.includes(LEGACY_MARK) ? parsed.map(unescape) : parsed;
  } catch {
    // not JSON: perhaps an old GEXF list as text
  }
  return legacyItems(value)?.map(unescape) ?? value;
}
