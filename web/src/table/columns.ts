// The statement table's columns as data: title, width, the text a cell shows and the key it
// sorts by. Sorting by date keeps document order among statements of one day (rows come in
// document order and the sort is stable). Widths are a minimum in pixels and, for the columns
// of free text, a share of the room left: the minimums fit the table's column at 1280 px (650
// px; tests/web/corpus.browser.test.ts); a narrower table scrolls sideways, and a cell too
// narrow for its text ends in an ellipsis, its whole text being the tooltip.
import type { StatementRow } from '../../../src/query/index.ts';
import { STANCE_READS } from '../reducers/actorNetwork.ts';
import type { TableColumn } from '../state/types.ts';

export interface ColumnSpec {
  id: TableColumn;
  title: string;
  /** The narrowest the column gets, in CSS pixels. */
  min: number;
  /** Share of the room beyond the minimums (a CSS fr); none: the column keeps its minimum. */
  grow?: number;
  text(row: StatementRow): string;
  /** What the column sorts by: a number, or a string compared in lower case. */
  key(row: StatementRow): string | number;
}

/** Targets first (the accused), then the other actors the statement is about, each once. */
export function subjects(row: StatementRow): string {
  const names = new Set([...row.targets, ...row.about].map((actor) => actor.label));
  names.delete(row.speaker.label);
  return [...names].join(', ');
}

/** Room between columns and at either end of a row, in CSS pixels (styles.css: .table-head, .table-row). */
export const COLUMN_GAP = 8;
export const ROW_PADDING = 10;

/** The CSS grid track of a column. */
export function track(column: ColumnSpec): string {
  return column.grow === undefined ? `${column.min}px` : `minmax(${column.min}px, ${column.grow}fr)`;
}

/** The narrowest a row of these columns gets: below it, the table scrolls sideways. */
export function minRowWidth(columns: readonly ColumnSpec[]): number {
  const cells = columns.reduce((sum, column) => sum + column.min, 0);
  return cells + COLUMN_GAP * Math.max(0, columns.length - 1) + 2 * ROW_PADDING;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'date', title: 'Date', min: 84, text: (r) => r.date?.day ?? '', key: (r) => r.dateKey },
  {
    id: 'speaker',
    title: 'Speaker',
    min: 72,
    grow: 1,
    text: (r) => r.speaker.label,
    key: (r) => r.speaker.label,
  },
  {
    id: 'stance',
    title: 'Stance',
    min: 96,
    text: (r) => STANCE_READS.get(r.stance) ?? r.stance,
    key: (r) => r.stance,
  },
  { id: 'subject', title: 'Target / about', min: 72, grow: 1, text: subjects, key: subjects },
  { id: 'content', title: 'Content', min: 120, grow: 2.4, text: (r) => r.content, key: (r) => r.content },
  { id: 'document', title: 'Document', min: 64, grow: 1, text: (r) => r.docTitle, key: (r) => r.docTitle },
  {
    id: 'confidence',
    title: 'Conf.',
    min: 44,
    text: (r) => (r.confidence === undefined ? '' : r.confidence.toFixed(2)),
    key: (r) => r.confidence ?? -1,
  },
];
