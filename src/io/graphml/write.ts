// Claim graphs as GraphML (graphml.graphdrawing.org), read by networkx, igraph, Gephi, Gephi
// Lite (graphology-graphml), Cytoscape and yEd. One typed <key> per column (src/io/flat), its
// <desc> saying what it holds and, for offsets, in which unit: `…Start`/`…End` in UTF-16 code
// units (JavaScript), `…StartCp`/`…EndCp` in code points (Python's `text[start:end]`). Colours
// come as `color` (#rrggbb, for networkx and igraph users) and as r/g/b integers, which Gephi
// and Gephi Lite turn into node and edge colours; edges carry `weight`. Strings use GEXF's
// reversible ¤ escape for what XML 1.0 cannot carry (xmlSafe.ts); lists are JSON arrays.
// Written as chunks: a large graph is never one string. Browser-safe.
import type { ClaimGraph } from '../../model/index.ts';
import type { Column, ColumnType } from '../flat/columns.ts';
import { encodeList } from '../flat/lists.ts';
import { flatTables } from '../flat/table.ts';
import { ESCAPE_RULE, escapeValue } from '../gexf/xmlSafe.ts';

const CHUNK = 1 << 16;

const GRAPHML_TYPES: Record<ColumnType, string> = {
  string: 'string',
  list: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

export const GRAPHML_DESCRIPTION =
  'claimgraph graph: who asserted, accused, denied or rejected what, about whom (statements@1 as GraphML). ' +
  "Offsets index the document node's text, end exclusive: …Start/…End in UTF-16 code units (JavaScript string " +
  "indices), …StartCp/…EndCp in Unicode code points (Python's text[start:end]). Lists are JSON arrays of strings. " +
  ESCAPE_RULE;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
/** Attribute values: the ¤ escape, then XML's (whitespace as references, or parsers normalise it). */
const attribute = (value: string): string => escapeValue(value).replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] as string);
/** XML element text (a carriage return as a reference, or parsers turn it into a line feed). */
const xmlText = (value: string): string => value.replace(/[&<>\r]/g, (c) => ESCAPES[c] as string);
/** A string value as element text: the ¤ escape, then XML's. */
const text = (value: string): string => xmlText(escapeValue(value));

function keyXml(prefix: string, domain: 'node' | 'edge', name: string, column: Column): string {
  return (
    `  <key id="${prefix}${name}" for="${domain}" attr.name="${name}" attr.type="${GRAPHML_TYPES[column.type]}">` +
    `<desc>${xmlText(column.description)}</desc></key>\n`
  );
}

const RGB = { type: 'integer', description: 'colour channel (0–255), for Gephi and Gephi Lite' } as const;

function rgb(hex: unknown): [number, number, number] | undefined {
  if (typeof hex !== 'string' || !/^#[0-9a-f]{6}$/i.test(hex)) return undefined;
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function dataXml(prefix: string, columns: readonly [string, Column][], row: Record<string, unknown>): string {
  let out = '';
  for (const [name] of columns) {
    const value = row[name];
    if (value === undefined || value === null) continue;
    out += `<data key="${prefix}${name}">${typeof value === 'string' ? text(value) : String(value)}</data>`;
  }
  const channels = rgb(row.color);
  if (channels) out += channels.map((c, i) => `<data key="${prefix}${'rgb'[i]}">${c}</data>`).join('');
  return out;
}

/** GraphML of the graph in chunks of about 64 KiB. */
export function* graphmlChunks(graph: ClaimGraph): Generator<string, void, undefined> {
  const tables = flatTables(graph, { value: (value) => value, list: encodeList });
  const nodeColumns: [string, Column][] = [
    ['label', { type: 'string', description: 'display name' }],
    ...tables.nodeColumns,
  ];
  const edgeColumns: [string, Column][] = [
    ['label', { type: 'string', description: 'edge kind, as a label' }],
    ...tables.edgeColumns,
  ];
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    `  <desc>${xmlText(GRAPHML_DESCRIPTION)}</desc>\n`;
  for (const [name, column] of nodeColumns) out += keyXml('n_', 'node', name, column);
  if (tables.nodeColumns.some(([name]) => name === 'color'))
    for (const channel of 'rgb') out += keyXml('n_', 'node', channel, RGB);
  for (const [name, column] of edgeColumns) out += keyXml('e_', 'edge', name, column);
  if (tables.edgeColumns.some(([name]) => name === 'color'))
    for (const channel of 'rgb') out += keyXml('e_', 'edge', channel, RGB);
  out += '  <graph id="claimgraph" edgedefault="directed">\n';
  for (const { key, label, row } of tables.nodes) {
    out += `    <node id="${attribute(key)}">${dataXml('n_', nodeColumns, { label, ...row })}</node>\n`;
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  for (const { key, source, target, row } of tables.edges) {
    out += `    <edge id="${attribute(key)}" source="${attribute(source)}" target="${attribute(target)}">`;
    out += `${dataXml('e_', edgeColumns, { label: row.kind, ...row })}</edge>\n`;
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  yield `${out}  </graph>\n</graphml>\n`;
}

export function graphToGraphml(graph: ClaimGraph): string {
  return [...graphmlChunks(graph)].join('');
}
