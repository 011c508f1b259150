// The table's shown rows as CSV (d3-dsv quotes fields as RFC 4180 asks), one statement a
// line with its claim key, so that a spreadsheet can join it back to the graph. A cell that
// a spreadsheet would run as a formula (starting with =, +, - or @ and not a number) gets a
// leading apostrophe (src/io/csv/spreadsheetSafe.ts): article text is untrusted.
import { csvFormatRows } from 'd3-dsv';
import { spreadsheetSafe } from '../../../src/io/csv/spreadsheetSafe.ts';
import type { StatementRow } from '../../../src/query/index.ts';
import { subjects } from './columns.ts';

const HEADER = ['date', 'speaker', 'stance', 'targets', 'about', 'content', 'document', 'confidence', 'claim'];

export function rowsToCsv(rows: readonly StatementRow[], shown: ArrayLike<number>): string {
  const lines: string[][] = [HEADER];
  for (let i = 0; i < shown.length; i++) {
    const row = rows[shown[i]!]!;
    lines.push(
      [
        row.date?.day ?? '',
        row.speaker.label,
        row.stance,
        row.targets.map((t) => t.label).join('; '),
        subjects(row) && row.about.map((a) => a.label).join('; '),
        row.content,
        row.docTitle,
        row.confidence === undefined ? '' : String(row.confidence),
        row.claim,
      ].map(spreadsheetSafe),
    );
  }
  return `${csvFormatRows(lines)}\n`;
}
