// The statement table's columns as data: title, width, the text a cell shows and the key it
// sorts by. Sorting by date keeps document order among statements of one day (rows come in
// document order and the sort is stable).
import type { StatementRow } from '../../../src/query/index.ts';
import { STANCE_READS } from '../reducers/actorNetwork.ts';
import type { TableColumn } from '../state/types.ts';

export interface ColumnSpec {
  id: TableColumn;
  title: string;
  /** CSS grid track. */
  width: string;
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

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'date', title: 'Date', width: '92px', text: (r) => r.date?.day ?? '', key: (r) => r.dateKey },
  {
    id: 'speaker',
    title: 'Speaker',
    width: 'minmax(90px, 1fr)',
    text: (r) => r.speaker.label,
    key: (r) => r.speaker.label,
  },
  {
    id: 'stance',
    title: 'Stance',
    width: '96px',
    text: (r) => STANCE_READS.get(r.stance) ?? r.stance,
    key: (r) => r.stance,
  },
  { id: 'subject', title: 'Target / about', width: 'minmax(90px, 1fr)', text: subjects, key: subjects },
  { id: 'content', title: 'Content', width: 'minmax(160px, 2.4fr)', text: (r) => r.content, key: (r) => r.content },
  { id: 'document', title: 'Document', width: 'minmax(80px, 1fr)', text: (r) => r.docTitle, key: (r) => r.docTitle },
  {
    id: 'confidence',
    title: 'Conf.',
    width: '52px',
    text: (r) => (r.confidence === undefined ? '' : r.confidence.toFixed(2)),
    key: (r) => r.confidence ?? -1,
  },
];
