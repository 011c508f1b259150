// The table of statements beside the graph: a header of sort buttons, the table's text
// filter, the count, "Export CSV", and a body virtualised with @tanstack/virtual-core (only
// the rows in sight, plus a few, exist in the page; row elements are reused as one scrolls),
// so that 100,000 rows scroll like 100. Clicking a row (or Enter on the active row) selects
// its claim; the selected claim's row is marked and scrolled into sight. Cells are text nodes.
// The table fits its column: the columns share the width beyond their minimums, a cell too
// narrow for its text ends in an ellipsis (its whole text is the tooltip), and below the sum of
// the minimums the body scrolls sideways, the header following it.
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import type { StatementRow } from '../../../src/query/index.ts';
import { h, replaceChildren } from '../dom/h.ts';
import type { RowTest } from '../filters/rowFilter.ts';
import { STANCE_COLORS } from '../reducers/palette.ts';
import type { TableColumn, TableSort } from '../state/types.ts';
import { COLUMNS, minRowWidth, track } from './columns.ts';
import { TableRows } from './tableRows.ts';

export const ROW_HEIGHT = 26;

export interface TableHandlers {
  onSelect(claim: string): void;
  /** A header was clicked: the handler decides the order from the current view state (`nextSort`). */
  onSort(column: TableColumn): void;
  onText(text: string): void;
  onExport(rows: readonly StatementRow[], shown: Uint32Array): void;
}

export class StatementTable {
  readonly root: HTMLElement;
  private readonly head: HTMLElement;
  private readonly headScroll: HTMLElement;
  private readonly body: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly count: HTMLElement;
  private readonly text: HTMLInputElement;
  private readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  private rows = new TableRows([]);
  private shown: Uint32Array = new Uint32Array(0);
  private pool: HTMLElement[] = [];
  private selected: string | null = null;
  private active = -1;
  private sort: TableSort = { column: 'date', descending: false };
  private columns = COLUMNS;

  constructor(private readonly handlers: TableHandlers) {
    this.text = h('input', {
      type: 'search',
      id: 'table-filter',
      placeholder: 'Filter rows…',
      'aria-label': 'Filter the table',
      oninput: () => handlers.onText(this.text.value),
    });
    this.count = h('span', { className: 'table-count', role: 'status' });
    this.head = h('div', { className: 'table-head', role: 'row' });
    this.headScroll = h('div', { className: 'table-head-scroll' }, this.head);
    this.spacer = h('div', { className: 'table-spacer' });
    this.body = h(
      'div',
      {
        className: 'table-body',
        role: 'rowgroup',
        tabindex: 0,
        'aria-label': 'Statements',
        onkeydown: (event: Event) => this.onKey(event as KeyboardEvent),
        onscroll: () => {
          if (this.headScroll.scrollLeft !== this.body.scrollLeft) this.headScroll.scrollLeft = this.body.scrollLeft;
        },
      },
      this.spacer,
    );
    this.root = h(
      'section',
      { className: 'statement-table', role: 'grid', 'aria-label': 'Statements table', 'aria-rowcount': 0 },
      h(
        'div',
        { className: 'table-bar' },
        this.text,
        this.count,
        h(
          'button',
          { type: 'button', id: 'export-csv', onclick: () => handlers.onExport(this.rows.rows, this.shown) },
          'Export CSV',
        ),
      ),
      this.headScroll,
      this.body,
    );
    this.virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count: 0,
      getScrollElement: () => this.body,
      estimateSize: () => ROW_HEIGHT,
      overscan: 12,
      observeElementRect,
      observeElementOffset,
      scrollToFn: elementScroll,
      onChange: () => this.draw(),
    });
  }

  /** Starts observing the body's size and scroll (once the table is in the page). */
  mount(): () => void {
    const cleanup = this.virtualizer._didMount();
    this.virtualizer._willUpdate();
    return cleanup;
  }

  /** New rows (a new graph): the confidence column only when some statement has one. */
  setRows(rows: readonly StatementRow[]): void {
    this.rows = new TableRows(rows);
    const confidence = rows.some((row) => row.confidence !== undefined);
    this.columns = COLUMNS.filter((c) => c.id !== 'confidence' || confidence);
    this.root.style.setProperty('--table-columns', this.columns.map(track).join(' '));
    this.root.style.setProperty('--table-min-width', `${minRowWidth(this.columns)}px`);
    this.drawHead();
  }

  /** Applies the filters, the text filter and the sort; keeps the scroll position unless the order changed. */
  update(test: RowTest, text: string, sort: TableSort): void {
    const resorted = sort.column !== this.sort.column || sort.descending !== this.sort.descending;
    this.sort = sort;
    if (this.text.value !== text) this.text.value = text;
    this.shown = this.rows.select(test, text, sort);
    this.active = -1;
    this.count.textContent = `${this.shown.length.toLocaleString('en')} of ${this.rows.rows.length.toLocaleString('en')} statements`;
    this.root.setAttribute('aria-rowcount', String(this.shown.length));
    this.virtualizer.setOptions({ ...this.virtualizer.options, count: this.shown.length });
    this.virtualizer._willUpdate();
    if (resorted) this.body.scrollTop = 0;
    this.drawHead();
    this.draw();
  }

  /** Marks the selected claim's row and scrolls it into sight. */
  select(claim: string | null): void {
    this.selected = claim;
    if (claim !== null) {
      const at = this.indexOfClaim(claim);
      if (at !== -1) {
        this.active = at;
        this.virtualizer.scrollToIndex(at, { align: 'auto' });
      }
    }
    this.draw();
  }

  private indexOfClaim(claim: string): number {
    const rows = this.rows.rows;
    for (let i = 0; i < this.shown.length; i++) if (rows[this.shown[i]!]!.claim === claim) return i;
    return -1;
  }

  private drawHead(): void {
    replaceChildren(
      this.head,
      this.columns.map((column) => {
        const on = this.sort.column === column.id;
        const sort = on ? (this.sort.descending ? 'descending' : 'ascending') : 'none';
        return h(
          'div',
          { role: 'columnheader', 'aria-sort': sort, className: 'cell' },
          h(
            'button',
            {
              type: 'button',
              'data-column': column.id,
              title: `Sort by ${column.title.toLowerCase()}`,
              onclick: () => this.handlers.onSort(column.id),
            },
            column.title,
            on ? (this.sort.descending ? ' ▼' : ' ▲') : '',
          ),
        );
      }),
    );
  }

  private rowElement(slot: number): HTMLElement {
    let row = this.pool[slot];
    if (!row) {
      row = h('div', {
        className: 'table-row',
        role: 'row',
        onclick: () => {
          const claim = row!.dataset.claim;
          if (claim) this.handlers.onSelect(claim);
        },
      });
      for (let c = 0; c < COLUMNS.length; c++) row.append(h('div', { role: 'gridcell', className: 'cell' }));
      this.pool[slot] = row;
      this.body.append(row);
    }
    return row;
  }

  /** Fills the pooled row elements with the rows in sight; the rest of the pool hides. */
  private draw(): void {
    const items = this.virtualizer.getVirtualItems();
    this.spacer.style.height = `${this.virtualizer.getTotalSize()}px`;
    const rows = this.rows.rows;
    items.forEach((item, slot) => {
      const data = rows[this.shown[item.index]!];
      const element = this.rowElement(slot);
      if (!data) {
        element.hidden = true;
        return;
      }
      element.hidden = false;
      element.style.transform = `translateY(${item.start}px)`;
      element.dataset.claim = data.claim;
      element.setAttribute('aria-rowindex', String(item.index + 1));
      element.setAttribute('aria-selected', String(data.claim === this.selected));
      element.classList.toggle('active', item.index === this.active);
      const cells = element.children;
      this.columns.forEach((column, c) => {
        const cell = cells[c] as HTMLElement;
        const value = column.text(data);
        if (cell.textContent !== value) cell.textContent = value;
        if (cell.title !== value) cell.title = value;
        cell.hidden = false;
        if (column.id === 'stance') cell.style.color = STANCE_COLORS[data.stance];
        else cell.style.color = '';
      });
      for (let c = this.columns.length; c < cells.length; c++) (cells[c] as HTMLElement).hidden = true;
    });
    for (let slot = items.length; slot < this.pool.length; slot++) this.pool[slot]!.hidden = true;
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.shown.length) return;
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key];
    if (step !== undefined) {
      this.active = Math.max(0, Math.min(this.shown.length - 1, this.active + step));
      this.virtualizer.scrollToIndex(this.active, { align: 'auto' });
      this.draw();
      event.preventDefault();
      event.stopPropagation();
    } else if (event.key === 'Enter' && this.active >= 0) {
      const row = this.rows.rows[this.shown[this.active]!];
      if (row) this.handlers.onSelect(row.claim);
      event.preventDefault();
      event.stopPropagation();
    }
  }
}
