// The two header styles of claimgraph's CSV tables, as data. `gephi`: the column names of
// Gephi's spreadsheet import (nodes: Id, Label; edges: Source, Target, Type, Id, Label, Weight)
// and plain names for everything else, which is also what Excel, pandas and Python's csv
// module want. `neo4j`: the header format of `neo4j-admin database import` (nodes: id:ID,
// :LABEL; relationships: :START_ID, :END_ID, :TYPE; typed columns such as contentStart:int),
// so that the two files load as they are. The columns after the fixed ones are the same in
// both styles (src/io/flat), only typed for Neo4j.
import type { ColumnType } from '../flat/columns.ts';

export const CSV_HEADERS = ['gephi', 'neo4j'] as const;
export type CsvHeader = (typeof CSV_HEADERS)[number];

export const isCsvHeader = (value: unknown): value is CsvHeader =>
  typeof value === 'string' && (CSV_HEADERS as readonly string[]).includes(value);

/** Neo4j's names for claimgraph's column types; lists are JSON text, so strings. */
const NEO4J_TYPES: Record<ColumnType, string> = {
  string: '',
  list: '',
  integer: ':int',
  double: ':double',
  boolean: ':boolean',
};

export interface HeaderStyle {
  /** The fixed leading node columns: key, label, node kind. */
  node: readonly string[];
  /** The fixed leading edge columns: source, target, (direction or type), key, label. */
  edge: readonly string[];
  /** A data column's header. */
  column: (name: string, type: ColumnType) => string;
  /** The leading edge cells: Gephi's direction, or Neo4j's relationship type. */
  edgeCells: (source: string, target: string, key: string, kind: string) => string[];
  nodeCells: (key: string, label: string, kind: string) => string[];
}

/** `memberOf` → `MEMBER_OF`: Neo4j's convention for relationship types. */
export const relationshipType = (kind: string): string => kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** `actor` → `Actor`: Neo4j's convention for labels. */
const nodeLabel = (kind: string): string => kind.charAt(0).toUpperCase() + kind.slice(1);

export const HEADER_STYLES: Record<CsvHeader, HeaderStyle> = {
  gephi: {
    node: ['Id', 'Label'],
    edge: ['Source', 'Target', 'Type', 'Id', 'Label'],
    column: (name) => (name === 'weight' ? 'Weight' : name),
    nodeCells: (key, label) => [key, label],
    edgeCells: (source, target, key, kind) => [source, target, 'Directed', key, kind],
  },
  neo4j: {
    node: ['id:ID', 'label', ':LABEL'],
    edge: [':START_ID', ':END_ID', ':TYPE', 'id', 'label'],
    column: (name, type) => `${name}${NEO4J_TYPES[type]}`,
    nodeCells: (key, label, kind) => [key, label, nodeLabel(kind)],
    edgeCells: (source, target, key, kind) => [source, target, relationshipType(kind), key, kind],
  },
};
