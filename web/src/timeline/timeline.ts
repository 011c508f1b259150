// The timeline under the graph: a histogram of statements per day (d3-scale, SVG bars) with a
// brush (d3-brush). Brushing picks a range of whole days that filters both views and the
// table; while the brush moves the range is applied at most once per frame. A click outside
// the brush clears it. Shown only when the graph has statements on two days or more.
// New counts (another filter) reshape the bars in place; the whole drawing is only rebuilt
// when the days or the width change, and the width comes from a ResizeObserver, never from
// reading the layout after a write (which would force the browser to lay the page out).
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { h, replaceChildren } from '../dom/h.ts';
import { dayNumber, dayOfNumber, type DayCounts } from './histogram.ts';

const HEIGHT = 56;
const MARGIN = { left: 8, right: 8, top: 4, bottom: 16 };
const BAR = '#7b8794';
const BAR_IN = '#2b6cd6';

export interface Range {
  from: string | null;
  to: string | null;
}

export class Timeline {
  readonly root: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly clear: HTMLButtonElement;
  private svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  private brush: BrushBehavior<unknown> | null = null;
  private data: DayCounts | null = null;
  private range: Range = { from: null, to: null };
  private frame = 0;
  private moving = false;
  /** The root's content width as last observed (0: not yet). */
  private measured = 0;
  /** The drawing's days and width, its scales and its bars by day. */
  private shape = '';
  private bars = new Map<number, SVGRectElement>();
  private x = scaleLinear();

  constructor(private readonly onRange: (range: Range) => void) {
    this.caption = h('span', { className: 'timeline-caption' });
    this.clear = h(
      'button',
      { type: 'button', className: 'timeline-clear', onclick: () => this.onRange({ from: null, to: null }) },
      'All dates',
    );
    this.root = h(
      'section',
      { className: 'timeline', 'aria-label': 'Timeline: statements per day; drag to choose dates' },
      h('div', { className: 'timeline-bar' }, h('strong', {}, 'Statements per day'), this.caption, this.clear),
    );
    new ResizeObserver((entries) => {
      const width = Math.round(entries.at(-1)?.contentRect.width ?? 0);
      if (!width || width === this.measured) return;
      this.measured = width;
      if (!this.root.hidden && this.data) this.draw();
    }).observe(this.root);
  }

  /**
   * Shows the counts and the range. New counts redraw the bars; the same counts with a new
   * range only recolour them, so that a brush being dragged is never rebuilt under the pointer.
   */
  update(data: DayCounts, range: Range): void {
    const same = data === this.data && this.svg !== null;
    this.data = data;
    this.range = range;
    if (same && !this.root.hidden) {
      this.recolour();
      this.describe();
      return;
    }
    const days = data.first === null || data.last === null ? 0 : data.last - data.first + 1;
    this.root.hidden = days < 2;
    if (this.root.hidden) return;
    if (this.svg && this.shape === this.shapeOf(data)) this.drawBars();
    else this.draw();
    this.describe();
  }

  private width(): number {
    return Math.max(200, this.measured || 620);
  }

  private shapeOf(data: DayCounts): string {
    return `${data.first}:${data.last}:${this.width()}`;
  }

  /** Sets each day's bar to the current counts (a bar per day that has ever had one). */
  private drawBars(): void {
    const data = this.data!;
    const svg = this.svg!.node()!;
    const x = this.x;
    const first = data.first!;
    const max = Math.max(1, ...data.counts.values());
    const y = scaleLinear()
      .domain([0, max])
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const from = this.range.from === null ? -Infinity : dayNumber(this.range.from);
    const to = this.range.to === null ? Infinity : dayNumber(this.range.to);
    const barWidth = Math.max(1, x(first + 1) - x(first) - 1);
    const ns = 'http://www.w3.org/2000/svg';
    for (const [day, bar] of this.bars) if (!data.counts.has(day)) bar.setAttribute('height', '0');
    for (const [day, count] of data.counts) {
      let bar = this.bars.get(day);
      if (!bar) {
        bar = document.createElementNS(ns, 'rect');
        bar.dataset.day = String(day);
        bar.setAttribute('x', String(x(day)));
        bar.setAttribute('width', String(barWidth));
        bar.append(document.createElementNS(ns, 'title'));
        // Bars go under the brush (the first element that is not a bar).
        svg.insertBefore(bar, svg.querySelector(':scope > :not(rect)'));
        this.bars.set(day, bar);
      }
      bar.setAttribute('y', String(y(count)));
      bar.setAttribute('height', String(HEIGHT - MARGIN.bottom - y(count)));
      bar.setAttribute('fill', day >= from && day <= to ? BAR_IN : BAR);
      bar.firstChild!.textContent = `${dayOfNumber(day)}: ${count} statement${count === 1 ? '' : 's'}`;
    }
  }

  private draw(): void {
    const data = this.data!;
    const first = data.first!;
    const last = data.last!;
    const width = this.width();
    const x = scaleLinear()
      .domain([first, last + 1])
      .range([MARGIN.left, width - MARGIN.right]);
    this.x = x;
    this.shape = this.shapeOf(data);
    const from = this.range.from === null ? -Infinity : dayNumber(this.range.from);
    const to = this.range.to === null ? Infinity : dayNumber(this.range.to);
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(HEIGHT));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `Statements per day from ${dayOfNumber(first)} to ${dayOfNumber(last)}`);
    for (const [day, anchor] of [
      [first, 'start'],
      [last, 'end'],
    ] as const) {
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', String(anchor === 'start' ? x(day) : x(day + 1)));
      label.setAttribute('y', String(HEIGHT - 3));
      label.setAttribute('text-anchor', anchor);
      label.setAttribute('class', 'timeline-tick');
      label.textContent = dayOfNumber(day);
      svg.append(label);
    }
    this.root.querySelector('svg')?.remove();
    this.root.append(svg);
    this.svg = select(svg);
    this.bars = new Map();
    this.drawBars();
    const toDay = (px: number): number => Math.round(x.invert(px));
    this.brush = brushX()
      .extent([
        [MARGIN.left, MARGIN.top],
        [width - MARGIN.right, HEIGHT - MARGIN.bottom],
      ])
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        if (this.moving || !event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        const range: Range =
          selection === null
            ? { from: null, to: null }
            : {
                from: dayOfNumber(toDay(selection[0])),
                to: dayOfNumber(Math.max(toDay(selection[0]), toDay(selection[1]) - 1)),
              };
        cancelAnimationFrame(this.frame);
        if (event.type === 'end') this.onRange(range);
        else this.frame = requestAnimationFrame(() => this.onRange(range));
      });
    const group = this.svg.append('g').attr('class', 'brush').call(this.brush);
    if (this.range.from !== null || this.range.to !== null) {
      this.moving = true;
      group.call(this.brush.move, [x(Math.max(first, from)), x(Math.min(last, to) + 1)]);
      this.moving = false;
    }
  }

  private recolour(): void {
    const from = this.range.from === null ? -Infinity : dayNumber(this.range.from);
    const to = this.range.to === null ? Infinity : dayNumber(this.range.to);
    this.svg?.selectAll<SVGRectElement, unknown>('rect[data-day]').each(function () {
      const day = Number(this.dataset.day);
      this.setAttribute('fill', day >= from && day <= to ? BAR_IN : BAR);
    });
    if (this.range.from === null && this.range.to === null && this.brush && this.svg) {
      this.moving = true;
      this.svg.select<SVGGElement>('g.brush').call(this.brush.move, null);
      this.moving = false;
    }
  }

  private describe(): void {
    const { from, to } = this.range;
    const data = this.data!;
    const undated = data.undated ? ` · ${data.undated} undated left out` : '';
    replaceChildren(
      this.caption,
      from === null && to === null
        ? `all ${data.dated.toLocaleString('en')} dated statements${undated}`
        : `${from ?? 'start'} to ${to ?? 'end'}: ${this.inRange().toLocaleString('en')} statements`,
    );
    this.clear.hidden = from === null && to === null;
  }

  private inRange(): number {
    const from = this.range.from === null ? -Infinity : dayNumber(this.range.from);
    const to = this.range.to === null ? Infinity : dayNumber(this.range.to);
    let n = 0;
    for (const [day, count] of this.data!.counts) if (day >= from && day <= to) n += count;
    return n;
  }
}
