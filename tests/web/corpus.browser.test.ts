// Browser tests of the corpus viewer: a generated corpus (60 articles over 12 days, built from
// its true statements, so the expected answers come from the library) opened by ?graph=, the
// actor network against the library's actorNetwork, an edge and a table row leading to the
// claim with its source text, the timeline's brush narrowing both views and the table, a
// share link reopening the same view in a fresh browser, the CSV export, a local file whose
// share panel says it is not in the link, bad URLs that keep the current graph, and a Gephi
// file opened as a plain graph. Debian's Chromium via playwright-core, as viewer.browser.test.ts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleCorpus } from '../../src/corpus/assemble.ts';
import { actorNetwork } from '../../src/corpus/queries/index.ts';
import { gazetteerEntries } from '../../src/extract/index.ts';
import { graphToGexf } from '../../src/io/gexf/index.ts';
import { buildGraph } from '../../src/model/index.ts';
import { statementTable } from '../../src/query/index.ts';
import { generateCorpus } from '../../src/synth/index.ts';
import { truthResults } from '../corpus/fixtures/corpus.ts';
import { chromiumMissing, launchChromium, serveViewer, type Browser, type Served } from '../support/browser.ts';

const missing = chromiumMissing();
const ci = process.env.CI === 'true';
if (missing) console.log(missing);
const shots = process.env.CLAIMGRAPH_SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

if (missing && ci) {
  describe('corpus browser tests under CI', () => {
    it('need Chromium', () => expect(missing).toBeNull());
  });
}

const corpus = generateCorpus({ articles: 60, seed: 4, perDay: 5, gazetteer: gazetteerEntries() });
const graph = buildGraph(assembleCorpus(truthResults(corpus), { gazetteer: gazetteerEntries() }).statements);
const rows = statementTable(graph);

/**
 * Records, per label canvas (sigma's edge labels and node labels), the box of each text written
 * since the canvas was last cleared, in CSS pixels: what the page shows, whatever drew it.
 */
const RECORD_LABELS = `(() => {
  const written = { edge: [], node: [] };
  window.__labels = written;
  const layer = (context) => {
    const name = context.canvas.className;
    return name.includes('sigma-edgeLabels') ? 'edge' : name.includes('sigma-labels') ? 'node' : null;
  };
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
    const kind = layer(this);
    if (kind) {
      const width = this.measureText(text).width;
      const size = parseFloat(/([0-9.]+)px/.exec(this.font)?.[1] ?? '12');
      const cx = x + (this.textAlign === 'center' ? 0 : width / 2);
      const cy = y + (this.textBaseline === 'middle' ? 0 : -size / 3);
      const m = this.getTransform();
      const ratio = window.devicePixelRatio || 1;
      const px = (m.a * cx + m.c * cy + m.e) / ratio;
      const py = (m.b * cx + m.d * cy + m.f) / ratio;
      written[kind].push({ text, left: px - width / 2, right: px + width / 2, top: py - 0.45 * size, bottom: py + 0.45 * size });
    }
    return fill.call(this, text, x, y, ...rest);
  };
  const clear = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...args) {
    const kind = layer(this);
    if (kind) written[kind] = [];
    return clear.apply(this, args);
  };
})()`;

describe.skipIf(missing !== null)(
  'the corpus viewer in Chromium',
  () => {
    let served: Served;
    let browser: Browser;
    let page: Page;
    let publicDir: string;
    let foreignServer: Server;
    let foreignUrl: string;
    const problems: string[] = [];

    const shot = async (name: string, on: Page = page): Promise<void> => {
      if (shots) await on.screenshot({ path: join(shots, `${name}.png`) });
    };
    const state = (on: Page = page) => on.evaluate(() => window.__claimgraph!.state());
    const details = (on: Page = page) => on.getByRole('region', { name: 'Details' });
    const openPage = async (query: string, on: Browser = browser): Promise<Page> => {
      const p = await on.context.newPage();
      p.on('console', (message) => {
        if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
          problems.push(message.text());
      });
      p.on('pageerror', (error) => problems.push(error.message));
      await p.goto(served.url + query);
      await p.waitForFunction(() => window.__claimgraph?.layoutPhase() === 'done', null, { timeout: 60_000 });
      return p;
    };
    /** The drawn actor-network edges with the number they show. */
    const drawnEdges = (on: Page = page) =>
      on.evaluate(() => {
        const { viewer } = window.__claimgraph!;
        const out: Record<string, string> = {};
        viewer.scene.graph.forEachEdge((edge) => {
          const data = viewer.renderer.getEdgeDisplayData(edge);
          if (data && !data.hidden) out[edge] = String((data as { label?: unknown }).label ?? '');
        });
        return out;
      });
    /** A point at which the pointer hovers a drawn actor-network edge (sigma's edge picking finds it), or null. */
    const pointOnEdge = async (edge: string, on: Page = page): Promise<{ x: number; y: number } | null> => {
      const hit = await on.evaluate((key) => {
        const { viewer } = window.__claimgraph!;
        const r = viewer.renderer;
        const box = viewer.container.getBoundingClientRect();
        const s = r.framedGraphToViewport(r.getNodeDisplayData(viewer.scene.graph.source(key))!);
        const t = r.framedGraphToViewport(r.getNodeDisplayData(viewer.scene.graph.target(key))!);
        return { s, t, box: { x: box.left, y: box.top } };
      }, edge);
      const [dx, dy] = [hit.t.x - hit.s.x, hit.t.y - hit.s.y];
      const length = Math.hypot(dx, dy);
      // Other edges cross it: try the perpendicular through several points of the chord.
      const points = [0.5, 0.4, 0.6, 0.3, 0.7].flatMap((along) =>
        Array.from({ length: 81 }, (_, i) => ({ along, k: -0.4 + i * 0.01 })),
      );
      for (const { along, k } of points) {
        const x = hit.box.x + hit.s.x + dx * along - (dy / length) * k * length;
        const y = hit.box.y + hit.s.y + dy * along + (dx / length) * k * length;
        await on.mouse.move(x, y);
        if ((await state(on)).hovered === edge) return { x, y };
      }
      return null;
    };
    const threshold = () =>
      page.evaluate(() => (window.__claimgraph!.viewer.scene as { threshold?: number }).threshold);
    const expectedEdges = (min: number, options: { from?: string; to?: string } = {}): Record<string, string> =>
      Object.fromEntries(actorNetwork(graph, { ...options, minStatements: min }).mapEdges((key) => [key, '']));

    beforeAll(async () => {
      publicDir = await mkdtemp(join(tmpdir(), 'claimgraph-public-'));
      await writeFile(join(publicDir, 'corpus.gexf'), graphToGexf(graph));
      await writeFile(join(publicDir, 'page.html'), '<!doctype html><html><body>Not a graph</body></html>');
      await writeFile(
        join(publicDir, 'gephi.gexf'),
        await readFile(new URL('../fixtures/foreign/gephi-sample.gexf', import.meta.url), 'utf8'),
      );
      // Another origin that allows cross-origin reading: a graph by http URL.
      foreignServer = createServer((request, response) => {
        response.setHeader('Access-Control-Allow-Origin', '*');
        if (request.url === '/huge.json') {
          response.setHeader('Content-Length', String(80 * 1024 * 1024));
          response.end('{');
          return;
        }
        response.setHeader('Content-Type', 'application/gexf+xml');
        response.end(graphToGexf(graph));
      });
      await new Promise<void>((resolve) => foreignServer.listen(0, '127.0.0.1', resolve));
      const address = foreignServer.address();
      foreignUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      served = await serveViewer({ publicDir });
      browser = await launchChromium({ width: 1400, height: 900 });
      await browser.context.addInitScript(RECORD_LABELS);
      page = await openPage('?graph=corpus.gexf');
    });

    afterAll(async () => {
      await browser?.close();
      await served?.close();
      await new Promise((resolve) => foreignServer?.close(resolve));
      if (publicDir) await rm(publicDir, { recursive: true, force: true });
    });

    it('opens ?graph=corpus.gexf in the actor network, its edges and counts those of the library', async () => {
      expect(await page.evaluate(() => window.__claimgraph!.scene())).toBe('actors');
      expect(await page.evaluate(() => window.__claimgraph!.source())).toBe('corpus.gexf');
      const min = (await threshold())!;
      const drawn = await drawnEdges();
      const expected = actorNetwork(graph, { minStatements: min });
      expect(Object.keys(drawn).sort()).toEqual(expected.edges().sort());
      // Counts are written on the strongest edges only (labels never pile up), and are the library's.
      const labelled = Object.entries(drawn).filter(([, label]) => label !== '');
      expect(labelled.length).toBeGreaterThan(0);
      for (const [edge, label] of labelled) expect(label).toBe(String(expected.getEdgeAttribute(edge, 'statements')));
      expect(Object.keys(drawn).length).toBeGreaterThan(5);
      expect(await page.getByRole('status').first().textContent()).toMatch(/actor network: \d+ actors/);
      await shot('21-corpus-actor-network');
      expect(problems).toEqual([]);
    });

    it('the counts on the actor network cover no other count and no actor name', async () => {
      type Written = { text: string; left: number; right: number; top: number; bottom: number };
      const { edge, node } = await page.evaluate(
        () => (window as unknown as { __labels: { edge: Written[]; node: Written[] } }).__labels,
      );
      const overlaps = (a: Written, b: Written) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(edge.length).toBeGreaterThan(3);
      expect(node.length).toBeGreaterThan(3);
      const piled: string[] = [];
      edge.forEach((a, i) => {
        for (const b of edge.slice(i + 1)) if (overlaps(a, b)) piled.push(`${a.text} over ${b.text}`);
        for (const b of node) if (overlaps(a, b)) piled.push(`${a.text} over ${b.text}`);
      });
      expect(piled).toEqual([]);
    });

    it('clicking an edge lists its statements; each opens the claim with its source text', async () => {
      const edges = await drawnEdges();
      const edge = Object.entries(edges).sort((a, b) => Number(b[1]) - Number(a[1]))[0]![0];
      const found = await pointOnEdge(edge);
      if (found) await page.mouse.click(found.x, found.y);
      expect(found).not.toBeNull();
      expect((await state()).selected).toBe(edge);
      const claims = await page.evaluate(
        (key) =>
          window.__claimgraph!.viewer.data.kind === 'claims'
            ? (window.__claimgraph!.viewer.data as never as { claimsOfLink(k: string): string[] }).claimsOfLink(key)
            : [],
        edge,
      );
      const items = details().locator('li.statement');
      await expect.poll(() => items.count()).toBe(claims.length);
      await shot('22-edge-statements');
      await items
        .first()
        .getByRole('button', { name: /^Follow claim/ })
        .click();
      expect((await state()).selected).toBe(claims[0]);
      const row = rows.find((r) => r.claim === claims[0])!;
      expect(await details().locator('.doc-text mark.content').textContent()).toBe(row.content);
      expect(await details().locator('.doc-text mark.evidence').textContent()).toBe(row.evidence.text);
      await page.goBack();
      await expect.poll(async () => (await state()).selected).toBe(edge);
    });

    it('a table row selects its claim and opens it with its source text', async () => {
      const table = page.getByRole('grid', { name: 'Statements table' });
      expect(await table.locator('.table-count').textContent()).toBe(`${rows.length} of ${rows.length} statements`);
      const third = table.locator('.table-row:not([hidden])').nth(2);
      const claim = (await third.getAttribute('data-claim'))!;
      await third.click();
      expect((await state()).selected).toBe(claim);
      expect(await third.getAttribute('aria-selected')).toBe('true');
      const row = rows.find((r) => r.claim === claim)!;
      expect(await details().locator('.doc-text mark.content').textContent()).toBe(row.content);
      // Sorting by speaker, then filtering by text, keeps to the library's rows.
      await table.getByRole('button', { name: /^Speaker/ }).click();
      expect((await state()).sort).toEqual({ column: 'speaker', descending: false });
      // The table redraws in a later task than the click: wait for the sorted rows.
      const firstSpeakers = async () =>
        (await table.locator('.table-row:not([hidden]) .cell:nth-child(2)').allTextContents()).slice(0, 8);
      const inOrder = (names: string[]) =>
        [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
      await expect
        .poll(async () => {
          const speakers = await firstSpeakers();
          return speakers.length > 0 && speakers.join('\n') === inOrder(speakers).join('\n');
        })
        .toBe(true);
      const word = row.speaker.label.split(' ')[0]!;
      await page.getByLabel('Filter the table').fill(word);
      const matching = rows.filter((r) =>
        `${r.speaker.label}\n${[...r.targets, ...r.about].map((a) => a.label).join(', ')}\n${r.content}\n${r.docTitle}\n${r.stance}`
          .toLowerCase()
          .includes(word.toLowerCase()),
      ).length;
      await expect
        .poll(() => table.locator('.table-count').textContent())
        .toBe(`${matching} of ${rows.length} statements`);
      await shot('23-table-row-selected');
      await page.getByLabel('Filter the table').fill('');
      await table.getByRole('button', { name: /^Date/ }).click();
    });

    it('the document list shows each whole title on hover, since the sidebar cuts long ones', async () => {
      const options = await page
        .locator('#doc-filter option')
        .evaluateAll((all) => all.map((o) => [o.textContent, o.getAttribute('title')]));
      expect(options.length).toBeGreaterThan(1);
      for (const [text, title] of options) expect(title).toBe(text);
    });

    it('regression: two quick clicks on a sort header turn the order round twice, not once', async () => {
      const table = page.getByRole('grid', { name: 'Statements table' });
      const before = (await state()).sort;
      // Both clicks land in one task, before the table redraws its header.
      await table.getByRole('button', { name: /^Document/ }).evaluate((button) => {
        (button as HTMLButtonElement).click();
        (button as HTMLButtonElement).click();
      });
      expect((await state()).sort).toEqual({ column: 'document', descending: true });
      await table.getByRole('button', { name: /^Date/ }).click();
      if (before.descending) await table.getByRole('button', { name: /^Date/ }).click();
      expect((await state()).sort).toEqual(before);
    });

    it('exports the shown rows as CSV', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('corpus-statements.csv');
      const csv = await readFile((await download.path())!, 'utf8');
      const lines = csv.trimEnd().split('\n');
      expect(lines[0]).toBe('date,speaker,stance,targets,about,content,document,confidence,claim');
      expect(lines.length).toBe(rows.length + 1);
    });

    it('the table fits its column at 1280×800 and 1920×1080, and scrolls sideways, its header following, when narrower', async () => {
      /** How far the table's header cells and visible rows reach, against its column and the details panel. */
      const extent = () =>
        page.evaluate(() => {
          const right = (element: Element | null) => element?.getBoundingClientRect().right ?? Number.NaN;
          const area = document.getElementById('table')!;
          const body = area.querySelector<HTMLElement>('.table-body')!;
          const cells = [...area.querySelectorAll('.table-head .cell, .table-row:not([hidden]) .cell:not([hidden])')];
          return {
            column: right(area),
            details: document.getElementById('details')!.getBoundingClientRect().left,
            reach: Math.max(...cells.map((cell) => right(cell))),
            lastHeader: right(area.querySelector('.table-head .cell:last-child')),
            sideways: body.scrollWidth - body.clientWidth,
          };
        });
      const frames = () =>
        page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      try {
        for (const size of [
          { width: 1280, height: 800 },
          { width: 1920, height: 1080 },
        ]) {
          await page.setViewportSize(size);
          await frames();
          const seen = await extent();
          expect(seen.column, `${size.width}px`).toBeLessThanOrEqual(seen.details);
          expect(seen.reach, `${size.width}px`).toBeLessThanOrEqual(seen.column);
          expect(seen.lastHeader, `${size.width}px`).toBeLessThanOrEqual(seen.column);
          expect(seen.sideways, `${size.width}px`).toBeLessThanOrEqual(0);
          if (size.width === 1280) await shot('23b-table-1280');
        }
        // Narrower than the columns' minimums: the body scrolls sideways and the header follows it.
        await page.setViewportSize({ width: 1000, height: 800 });
        await frames();
        expect((await extent()).sideways).toBeGreaterThan(0);
        const offsets = await page.evaluate(async () => {
          const body = document.querySelector<HTMLElement>('#table .table-body')!;
          body.scrollLeft = 80;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return { body: body.scrollLeft, head: document.querySelector('#table .table-head-scroll')!.scrollLeft };
        });
        expect(offsets.body).toBeGreaterThan(0);
        expect(offsets.head).toBe(offsets.body);
      } finally {
        await page.evaluate(() => {
          document.querySelector<HTMLElement>('#table .table-body')!.scrollLeft = 0;
        });
        await page.setViewportSize({ width: 1400, height: 900 });
        await frames();
      }
    });

    it('brushing some days narrows the actor network, the table and the claim graph', async () => {
      const svg = page.locator('.timeline svg');
      const box = (await svg.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2, { steps: 6 });
      await page.mouse.up();
      await expect.poll(async () => (await state()).filters.from).not.toBeNull();
      const { from, to } = (await state()).filters;
      expect(from! <= to!).toBe(true);
      const inRange = rows.filter((r) => r.date && r.date.day >= from! && r.date.day <= to!).length;
      expect(inRange).toBeGreaterThan(0);
      expect(inRange).toBeLessThan(rows.length);
      await expect
        .poll(() => page.locator('.table-count').textContent())
        .toBe(`${inRange} of ${rows.length} statements`);
      await page.evaluate(() => window.__claimgraph!.settled());
      const min = (await threshold())!;
      expect(Object.keys(await drawnEdges()).sort()).toEqual(
        Object.keys(expectedEdges(min, { from: from!, to: to! })).sort(),
      );
      expect(page.url()).toContain(`since=${from}`);
      await shot('24-brushed-days');
      // The same range hides the claims of other days in the claim graph.
      await page.locator('button[data-view=claims]').click();
      const outside = rows.find((r) => r.date && (r.date.day < from! || r.date.day > to!))!;
      const inside = rows.find((r) => r.date && r.date.day >= from! && r.date.day <= to!)!;
      await expect.poll(() => page.evaluate((k) => window.__claimgraph!.node(k)?.hidden, outside.claim)).toBe(true);
      expect(await page.evaluate((k) => window.__claimgraph!.node(k)?.hidden, inside.claim)).toBeFalsy();
      await page.locator('button[data-view=actors]').click();
    });

    // Sigma sets up edge picking only if its first scene asked for edge events: a corpus opened
    // in the claim view had actor-network edges that the pointer never found (and one opened
    // in the actor network kept reading the claim graph's edges back for picking in every frame).
    it('a corpus opened in the claim view has actor-network edges that a click selects', async () => {
      const other = await openPage('?graph=corpus.gexf#view=claims');
      try {
        expect(await other.evaluate(() => window.__claimgraph!.scene())).toBe('claims');
        await other.locator('button[data-view=actors]').click();
        await other.waitForFunction(() => window.__claimgraph!.layoutPhase() === 'done', null, { timeout: 60_000 });
        await other.evaluate(() => window.__claimgraph!.settled());
        const drawn = await drawnEdges(other);
        const edge = Object.entries(drawn).sort((a, b) => Number(b[1]) - Number(a[1]))[0]![0];
        const found = await pointOnEdge(edge, other);
        expect(found).not.toBeNull();
        await other.mouse.click(found!.x, found!.y);
        expect((await state(other)).selected).toBe(edge);
      } finally {
        await other.close();
      }
    });

    it('the share link reopens the same view in a fresh browser', async () => {
      const first = (await drawnEdges())!;
      const edge = Object.keys(first)[0]!;
      await page.evaluate((key) => window.__claimgraph!.viewer.select(key), edge);
      await page.getByRole('button', { name: 'Share link' }).click();
      const panel = page.getByRole('dialog', { name: 'Share link' });
      expect(await panel.textContent()).toContain('The link opens corpus.gexf with this view.');
      const link = await panel.getByLabel('Link').inputValue();
      expect(link).toContain('?graph=corpus.gexf#');
      await shot('25-share-panel');
      await page.keyboard.press('Escape');
      const fresh = await launchChromium({ width: 1400, height: 900 });
      try {
        const other = await openPage(link.slice(served.url.length), fresh);
        const [mine, theirs] = [await state(), await state(other)];
        expect(theirs.selected).toBe(edge);
        expect(theirs.filters).toEqual(mine.filters);
        expect(await other.evaluate(() => window.__claimgraph!.scene())).toBe('actors');
        expect(await drawnEdges(other)).toEqual(await drawnEdges());
        expect(await details(other).locator('li.statement').count()).toBe(
          await details().locator('li.statement').count(),
        );
        await shot('26-share-reopened', other);
      } finally {
        await fresh.close();
      }
    });

    it('opens a graph by http URL from another site that allows it', async () => {
      const other = await openPage(`?graph=${encodeURIComponent(`${foreignUrl}/corpus.gexf`)}`);
      try {
        expect(await other.evaluate(() => window.__claimgraph!.order())).toBe(graph.order);
        expect(await other.locator('#message').isHidden()).toBe(true);
      } finally {
        await other.close();
      }
    });

    it.each([
      ['a missing file', 'nope.gexf', /Could not open nope\.gexf: nope\.gexf: the server answered 404/],
      [
        'another scheme',
        'javascript:alert(1)',
        /only http\(s\) URLs and paths beside the viewer can be opened, not javascript: addresses/,
      ],
      ['an unreachable host', 'http://127.0.0.1:9/graph.gexf', /could not reach 127\.0\.0\.1:9/],
      ['a web page', 'page.html', /page\.html: is not a graph file .*; it is a web page/],
      ['a file over the limit', 'HUGE', /huge\.json: is 80(\.0)? MiB, over the viewer's limit of 64(\.0)? MiB/],
    ])('%s: one message, and the default graph shown', async (_name, target, message) => {
      const param = target === 'HUGE' ? `${foreignUrl}/huge.json` : target;
      const other = await openPage(`?graph=${encodeURIComponent(param)}`);
      try {
        const alert = other.getByRole('alert');
        await expect.poll(() => alert.textContent()).toMatch(message);
        expect((await alert.textContent())!.split('\n').length).toBe(1);
        expect(await other.evaluate(() => window.__claimgraph!.source())).toBe('graph/annotations/aleppo-2016.json');
        if (target === 'nope.gexf') await shot('27-bad-url', other);
      } finally {
        await other.close();
      }
    });

    it('after opening a local file, the address drops ?graph and the share panel says the file is not in the link', async () => {
      const gexf = graphToGexf(graph);
      await page.evaluate(
        ({ gexf }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([gexf], 'mine.gexf', { type: 'application/xml' }));
          document.body.dispatchEvent(
            new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
        },
        { gexf },
      );
      await page.waitForFunction(() => window.__claimgraph!.source() === 'mine.gexf', null, { timeout: 30_000 });
      expect(new URL(page.url()).searchParams.has('graph')).toBe(false);
      await page.getByRole('button', { name: 'Share link' }).click();
      expect(await page.getByRole('dialog', { name: 'Share link' }).textContent()).toMatch(
        /mine\.gexf was opened from this computer: the file is not in the link/,
      );
      await shot('28-share-local-file');
      await page.keyboard.press('Escape');
    });

    it('a Gephi file that is not a claim graph opens as a plain graph with its own attributes', async () => {
      const other = await openPage('?graph=gephi.gexf');
      try {
        expect(await other.evaluate(() => window.__claimgraph!.scene())).toBe('plain');
        expect(await details(other).textContent()).toContain('is not a claimgraph graph');
        await other.evaluate(() => window.__claimgraph!.viewer.select('n0'));
        const text = await details(other).textContent();
        expect(text).toContain('Myriel');
        expect(text).toMatch(/city\s*Digne/);
        expect(text).toMatch(/modularity_class\s*1/);
        expect(await other.locator('#table').isHidden()).toBe(true);
        await shot('29-plain-graph', other);
      } finally {
        await other.close();
      }
      expect(problems).toEqual([]);
    });
  },
  240_000,
);
