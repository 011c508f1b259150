// Which rows the table shows, in which order: the graph's filters (the same row test as the
// actor network and the timeline), the table's own text filter, and the sort. Each column's
// order over all rows is worked out once (on first use); after that, showing the rows that
// pass the filters in that order is one linear pass, so that filtering or re-sorting 100,000
// rows stays well under a frame's budget. Pure: tested in Node.
import type { StatementRow } from '../../../src/query/index.ts';
import type { RowTest } from '../filters/rowFilter.ts';
import type { TableColumn, TableSort } from '../state/types.ts';
import { COLUMNS, subjects } from './columns.ts';

export class TableRows {
  private orders = new Map<TableColumn, Uint32Array>();
  private haystacks: string[] | undefined;

  constructor(readonly rows: readonly StatementRow[]) {}

  /** Row indices sorted by `column` (ties keep document order). */
  private order(column: TableColumn): Uint32Array {
    let order = this.orders.get(column);
    if (!order) {
      const spec = COLUMNS.find((c) => c.id === column) ?? COLUMNS[0]!;
      const keys = this.rows.map((row) => {
        const key = spec.key(row);
        return typeof key === 'string' ? key.toLowerCase() : key;
      });
      order = Uint32Array.from(
        Array.from(this.rows.keys()).sort((a, b) => {
          const [ka, kb] = [keys[a]!, keys[b]!];
          return ka < kb ? -1 : ka > kb ? 1 : a - b;
        }),
      );
      this.orders.set(column, order);
    }
    return order;
  }

  /** Lower-cased text the text filter searches: speaker, subjects, content, document, stance. */
  private haystack(i: number): string {
    this.haystacks ??= [];
    let text = this.haystacks[i];
    if (text === undefined) {
      const row = this.rows[i]!;
      text = `${row.speaker.label}\n${subjects(row)}\n${row.content}\n${row.docTitle}\n${row.stance}`.toLowerCase();
      this.haystacks[i] = text;
    }
    return text;
  }

  /** Indices of the rows shown, in the order shown. */
  select(test: RowTest, text: string, sort: TableSort): Uint32Array {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    const order = this.order(sort.column);
    const shown = new Uint32Array(this.rows.length);
    let count = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[sort.descending ? order.length - 1 - k : k]!;
      const row = this.rows[i]!;
      if (!test(row)) continue;
      if (words.length) {
        const hay = this.haystack(i);
        if (!words.every((word) => hay.includes(word))) continue;
      }
      shown[count++] = i;
    }
    return shown.slice(0, count);
  }
}
