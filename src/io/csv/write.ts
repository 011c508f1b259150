// Claim graphs as two CSV tables, nodes and edges (RFC 4180 through d3-dsv: fields with
// commas, quotes or line breaks are quoted, quotes doubled), in Gephi's or Neo4j's header
// style (headers.ts). Every string is written exactly, except lone surrogates, which UTF-8
// cannot carry: they become U+FFFD (one code unit and one code point either way, so no
// offset moves). Lists are JSON arrays; booleans true/false; an empty field is an absent
// value (or an empty string). Offsets come twice: UTF-16 code units (`…Start`/`…End`,
// JavaScript) and code points (`…StartCp`/`…EndCp`, Python's `text[start:end]`), into the
// `text` of the document row. Browser-safe.
import { csvFormatRows } from 'd3-dsv';
import type { ClaimGraph } from '../../model/index.ts';
import { encodeList } from '../flat/lists.ts';
import { flatTables, type FlatTables } from '../flat/table.ts';
import { HEADER_STYLES, type CsvHeader } from './headers.ts';
import { spreadsheetSafe } from './spreadsheetSafe.ts';

export interface CsvOptions {
  /** gephi (default) or neo4j. */
  header?: CsvHeader;
  /** Text cells a spreadsheet would run as a formula get a leading apostrophe (spreadsheetSafe.ts); off: exact text. */
  spreadsheetSafe?: boolean;
}

export interface CsvTables {
  nodes: string;
  edges: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A string as UTF-8 can carry it. */
export const wellFormed = (value: string): string => value.replace(LONE_SURROGATE, '\uFFFD');

const cell = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value);

const csv = (records: string[][], safe: boolean): string =>
  `${csvFormatRows(safe ? records.map((record) => record.map(spreadsheetSafe)) : records)}\n`;

/** The node and edge tables of a graph as CSV text. */
export function graphToCsv(graph: ClaimGraph, options: CsvOptions = {}): CsvTables {
  const style = HEADER_STYLES[options.header ?? 'gephi'];
  const tables: FlatTables = flatTables(graph, { value: wellFormed, list: encodeList });
  const nodeHeader = [...style.node, ...tables.nodeColumns.map(([name, column]) => style.column(name, column.type))];
  const edgeHeader = [...style.edge, ...tables.edgeColumns.map(([name, column]) => style.column(name, column.type))];
  const nodeRows = [nodeHeader];
  for (const { key, label, row } of tables.nodes)
    nodeRows.push([
      ...style.nodeCells(wellFormed(key), wellFormed(label), String(row.kind)),
      ...tables.nodeColumns.map(([name]) => cell(row[name])),
    ]);
  const edgeRows = [edgeHeader];
  for (const { key, source, target, row } of tables.edges)
    edgeRows.push([
      ...style.edgeCells(wellFormed(source), wellFormed(target), wellFormed(key), String(row.kind)),
      ...tables.edgeColumns.map(([name]) => cell(row[name])),
    ]);
  const safe = options.spreadsheetSafe ?? false;
  return { nodes: csv(nodeRows, safe), edges: csv(edgeRows, safe) };
}
