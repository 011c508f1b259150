// Browser tests of the viewer: Debian's Chromium, driven by playwright-core, on the Vite dev
// server. One page is loaded once and walked through the features in order (each test leaves
// the view as it found it), which keeps the suite well under two minutes on two cores.
// Set CLAIMGRAPH_SCREENSHOTS=<dir> to keep a screenshot of each state.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium, serveViewer, type Browser, type Served } from '../support/browser.ts';

const missing = chromiumMissing();
const ci = process.env.CI === 'true';
if (missing) console.log(missing);
const shots = process.env.CLAIMGRAPH_SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

const FADED = '#e4e4e4';

if (missing && ci) {
  describe('browser tests under CI', () => {
    it('need Chromium', () => {
      expect(missing).toBeNull();
    });
  });
}

describe.skipIf(missing !== null)('viewer in Chromium', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const shot = async (name: string): Promise<void> => {
    if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
  };
  const state = () => page.evaluate(() => window.__claimgraph!.state());
  const node = (key: string) => page.evaluate((k) => window.__claimgraph!.node(k), key);
  /** Waits for the work a filter change leaves for later tasks (the redraw, the table, …). */
  const settled = () => page.evaluate(() => window.__claimgraph!.settled());
  const details = () => page.getByRole('region', { name: 'Details' });
  /** Where a node is drawn, in page coordinates. */
  const nodePoint = (key: string) =>
    page.evaluate((k) => {
      const { viewer } = window.__claimgraph!;
      const data = viewer.renderer.getNodeDisplayData(k)!;
      const point = viewer.renderer.framedGraphToViewport(data);
      const box = viewer.container.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, key);
  /** From now on, the texts written on sigma's node-label canvas since it was last cleared: what the page shows. */
  const watchNodeLabels = () =>
    page.evaluate(() => {
      const written = window as unknown as { __nodeLabels?: string[] };
      if (written.__nodeLabels) return;
      written.__nodeLabels = [];
      const isLabels = (context: CanvasRenderingContext2D) => context.canvas.className.includes('sigma-labels');
      const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        if (isLabels(this)) written.__nodeLabels!.push(text);
        return fill.call(this, text, ...rest);
      };
      const clear = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (...args) {
        if (isLabels(this)) written.__nodeLabels = [];
        return clear.apply(this, args);
      };
    });
  /** Sigma's displayed node labels and the texts on the label canvas, each sorted. */
  const shownLabels = () =>
    page.evaluate(() => ({
      nodes: [...window.__claimgraph!.viewer.renderer.getNodeDisplayedLabels()].sort(),
      texts: [...(window as unknown as { __nodeLabels: string[] }).__nodeLabels].sort(),
    }));
  /** The labels after a full refresh, which refills sigma's label grid from every node. */
  const fullRefreshLabels = async () => {
    await page.evaluate(() => window.__claimgraph!.viewer.renderer.refresh());
    return shownLabels();
  };
  /** The labels after the work a change left for later tasks and the frame it asked for. */
  const drawnLabels = async () => {
    await settled();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    return shownLabels();
  };
  const openPage = async (url: string): Promise<Page> => {
    const p = await browser.context.newPage();
    p.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    p.on('pageerror', (error) => problems.push(error.message));
    p.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await p.goto(url);
    await p.waitForFunction(() => window.__claimgraph?.layoutPhase() === 'done', null, { timeout: 30_000 });
    return p;
  };
  const dropFile = async (name: string, content: string, type: string): Promise<void> => {
    await page.evaluate(
      ({ name, content, type }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name, content, type },
    );
  };
  /** Waits for a dropped file to be the shown graph; fails at once with the page's message if it was refused. */
  const waitLoaded = async (source: string): Promise<void> => {
    const outcome = await page.waitForFunction(
      (s) => {
        const message = document.getElementById('message');
        if (message && !message.hidden) return `refused: ${message.textContent}`;
        return window.__claimgraph!.source() === s && window.__claimgraph!.layoutPhase() === 'done' ? 'loaded' : false;
      },
      source,
      { timeout: 15_000 },
    );
    expect(await outcome.jsonValue()).toBe('loaded');
  };

  beforeAll(async () => {
    served = await serveViewer();
    browser = await launchChromium();
    page = await openPage(served.url);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('loads the Aleppo graph, laid out and drawn, with no console errors', async () => {
    expect(await page.evaluate(() => [window.__claimgraph!.order(), window.__claimgraph!.size()])).toEqual([30, 67]);
    const png = await page.locator('#graph').screenshot();
    expect(await page.evaluate(countInk, png.toString('base64'))).toBeGreaterThan(2000);
    await shot('01-loaded');
    expect(problems).toEqual([]);
  });

  it('searching "Lavrov" selects him; the panel shows his accusation of backtracking and Kerry\'s denial', async () => {
    const search = page.getByLabel('Search actors and claims');
    await search.fill('Lavrov');
    await expect.poll(() => page.locator('#search-results [role=option]').count()).toBeGreaterThan(0);
    await shot('02-search-suggestions');
    await search.press('Enter');
    expect((await state()).selected).toBe('actor:lavrov');
    const panel = details();
    await expect.poll(() => panel.textContent()).toContain('of backtracking');
    const accusation = panel.locator('li.statement', { hasText: 'of backtracking' });
    await expect.poll(() => accusation.textContent()).toMatch(/accused United States: of backtracking/);
    const denial = accusation.locator('.answer');
    expect(await denial.textContent()).toMatch(/John Kerry denied it: the charge/);
    expect(await denial.textContent()).toContain('US Secretary of State, John Kerry, however denied the charge.');
    await page.waitForTimeout(500);
    await shot('03-lavrov-selected');
  });

  it('follows the response chain with a breadcrumb, and browser back walks it back', async () => {
    await details()
      .locator('li.statement', { hasText: 'of backtracking' })
      .getByRole('button', { name: 'Follow claim: of backtracking' })
      .first()
      .click();
    expect((await state()).selected).toBe('claim:aleppo-2016/s9');
    const text = details().locator('.doc-text');
    expect(await text.locator('mark.cue').textContent()).toBe('accused');
    expect(await text.locator('mark.content').textContent()).toBe('of backtracking');
    expect(await text.locator('mark.evidence').textContent()).toMatch(
      /^However, Russian Foreign Minister Sergey Lavrov recently accused/,
    );
    expect(await details().textContent()).toContain('denied or rejected by (1)');
    await details().getByRole('button', { name: 'Follow claim: the charge' }).click();
    expect((await state()).trail).toEqual(['actor:lavrov', 'claim:aleppo-2016/s9', 'claim:aleppo-2016/s12']);
    expect(await page.getByRole('navigation', { name: 'Followed' }).textContent()).toMatch(
      /Sergey Lavrov.*of backtracking.*the charge/,
    );
    await page.waitForTimeout(450);
    await shot('04-claim-followed');
    await page.goBack();
    await expect.poll(async () => (await state()).selected).toBe('claim:aleppo-2016/s9');
    await page.goBack();
    await expect.poll(async () => (await state()).selected).toBe('actor:lavrov');
    await page.goForward();
    await expect.poll(async () => (await state()).selected).toBe('claim:aleppo-2016/s9');
  });

  it('keyboard: arrows move between neighbours, Enter follows, Escape clears', async () => {
    await page.locator('#details').focus();
    await page.keyboard.press('ArrowDown');
    const cursor = (await state()).cursor;
    expect(cursor).toBe('actor:lavrov');
    expect((await node('actor:lavrov'))?.highlighted).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect((await state()).cursor).toBe('actor:us');
    await page.keyboard.press('Enter');
    expect((await state()).selected).toBe('actor:us');
    await page.keyboard.press('Escape');
    expect((await state()).selected).toBeNull();
  });

  it('Tab reaches the search box, the filters and the Details panel', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          if (el.closest('#filters')) return 'filters';
          return el.id || el.getAttribute('aria-label') || el.tagName;
        }),
      );
    }
    expect(reached).toContain('search-input');
    expect(reached).toContain('filters');
    expect(reached).toContain('details');
    expect(reached.indexOf('search-input')).toBeLessThan(reached.indexOf('filters'));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('hover brings a node and its neighbours forward and fades the rest', async () => {
    await page.waitForFunction(() => !window.__claimgraph!.viewer.renderer.getCamera().isAnimated());
    await page.evaluate(() =>
      window.__claimgraph!.viewer.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
    );
    await page.mouse.move(5, 300);
    await page.waitForTimeout(100);
    const before = await page.locator('#graph').screenshot();
    const kerry = await nodePoint('actor:kerry');
    await page.mouse.move(kerry.x, kerry.y);
    await expect.poll(async () => (await state()).hovered).toBe('actor:kerry');
    expect((await node('actor:china'))?.color).toBe(FADED);
    expect((await node('claim:aleppo-2016/s12'))?.color).not.toBe(FADED);
    expect((await node('actor:kerry'))?.color).not.toBe(FADED);
    const after = await page.locator('#graph').screenshot();
    await shot('05-hover-kerry');
    const china = await nodePoint('actor:china');
    const box = await page.locator('#graph').boundingBox();
    const at = { x: Math.round(china.x - box!.x), y: Math.round(china.y - box!.y) };
    const [was, now] = await page.evaluate(pixelAt, {
      images: [before.toString('base64'), after.toString('base64')],
      at,
    });
    expect(saturation(was!)).toBeGreaterThan(0.3);
    expect(saturation(now!)).toBeLessThan(0.05);
    await page.mouse.move(5, 300);
    await expect.poll(async () => (await state()).hovered).toBeNull();
  });

  it('a stance filter hides the claims of the other stances', async () => {
    const filters = page.getByRole('complementary', { name: 'Filters' });
    for (const stance of ['asserts', 'accuses', 'rejects'])
      await filters.getByRole('checkbox', { name: stance, exact: true }).first().uncheck();
    expect((await state()).filters.stances).toEqual(['denies']);
    await settled();
    expect((await node('claim:aleppo-2016/s12'))?.hidden).toBeFalsy();
    expect((await node('claim:aleppo-2016/s4'))?.hidden).toBeFalsy();
    for (const claim of ['s1', 's9', 's17']) expect((await node(`claim:aleppo-2016/${claim}`))?.hidden).toBe(true);
    expect((await node('actor:china'))?.hidden).toBe(true);
    expect((await node('actor:kerry'))?.hidden).toBeFalsy();
    await shot('06-filter-denies');
    for (const stance of ['asserts', 'accuses', 'rejects'])
      await filters.getByRole('checkbox', { name: stance, exact: true }).first().check();
    await settled();
    expect((await node('claim:aleppo-2016/s1'))?.hidden).toBeFalsy();
  });

  it('finds a path between Kerry and the rebels, drawn and listed', async () => {
    await page.selectOption('#path-from', 'actor:kerry');
    await page.selectOption('#path-to', 'actor:rebels');
    await page.getByRole('button', { name: 'Find path' }).click();
    const { pathResult } = await state();
    expect(pathResult.nodes[0]).toBe('actor:kerry');
    expect(pathResult.nodes.at(-1)).toBe('actor:rebels');
    expect(pathResult.edges.length).toBe(pathResult.nodes.length - 1);
    const listed = page.getByRole('region', { name: 'Details' }).getByRole('region', { name: 'Path' });
    expect(await listed.textContent()).toMatch(/John Kerry.*Syrian rebels/);
    expect(await page.evaluate((e) => window.__claimgraph!.edge(e)?.size, pathResult.edges[0]!)).toBe(4);
    await page.waitForTimeout(100);
    await shot('07-path-kerry-rebels');
    await page.getByRole('button', { name: 'Clear' }).click();
    expect((await state()).pathResult.nodes).toEqual([]);
  });

  it('exports the graph as GEXF and the view as PNG', async () => {
    const [gexf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export GEXF' }).click(),
    ]);
    expect(gexf.suggestedFilename()).toBe('aleppo-2016.gexf');
    const xml = await readFile((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('of backtracking');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('aleppo-2016.png');
    const bytes = await readFile((await png.path())!);
    expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('the URL round-trips a view: selection, filters and camera', async () => {
    await page.getByLabel('Search actors and claims').fill('Kerry');
    await page.getByLabel('Search actors and claims').press('Enter');
    await page.getByRole('checkbox', { name: 'contested only' }).check();
    // Enter centres the camera with an animation: set the camera only once it has ended
    await page.waitForFunction(() => !window.__claimgraph!.viewer.renderer.getCamera().isAnimated());
    await page.evaluate(() =>
      window.__claimgraph!.viewer.renderer.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.7 }),
    );
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('cam=0.4%2C0.6%2C0.7');
    const url = page.url();
    expect(url).toContain('sel=actor%3Akerry');
    const other = await openPage(url);
    try {
      const restored = await other.evaluate(() => window.__claimgraph!.state());
      expect(restored.selected).toBe('actor:kerry');
      expect(restored.filters.contestedOnly).toBe(true);
      const cam = await other.evaluate(() => window.__claimgraph!.viewer.renderer.getCamera().getState());
      expect([cam.x, cam.y, cam.ratio]).toEqual([0.4, 0.6, 0.7]);
      expect(await other.getByRole('region', { name: 'Details' }).textContent()).toContain('John Kerry');
      if (shots) await other.screenshot({ path: join(shots, '08-url-restored.png') });
    } finally {
      await other.close();
    }
    await page.getByRole('checkbox', { name: 'contested only' }).uncheck();
    await page.keyboard.press('Escape');
  });

  it('a file that cannot be read shows a message and leaves the graph untouched', async () => {
    await dropFile('broken.json', '{"format": "claimgraph/statements@1", "documents": [', 'application/json');
    const message = page.getByRole('alert');
    await expect.poll(() => message.textContent()).toContain('broken.json: is not valid JSON');
    expect(await page.evaluate(() => window.__claimgraph!.source())).toBe('graph/annotations/aleppo-2016.json');
    await shot('09-bad-file');
    await dropFile('binary.txt', 'abc\u0000def', 'text/plain');
    await expect.poll(() => message.textContent()).toContain('binary.txt: is a binary file');
    expect(await page.evaluate(() => window.__claimgraph!.order())).toBe(30);
    await message.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('opens a statements file chosen with the file input', async () => {
    const span = (text: string, start: number) => ({ start, end: start + text.length, text });
    const text = 'Zed said the dam held.';
    const file = {
      format: 'claimgraph/statements@1',
      documents: [{ id: 'dam', text }],
      actors: [{ id: 'zed', label: 'Zed', kind: 'person', aliases: [] }],
      statements: [
        {
          id: 's1',
          doc: 'dam',
          speaker: 'zed',
          stance: 'asserts',
          cue: span('said', 4),
          content: span('the dam held', 9),
          evidence: span(text, 0),
          targets: [],
          about: [],
          responds: [],
        },
      ],
    };
    await page
      .locator('#file-input')
      .setInputFiles({ name: 'dam.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await waitLoaded('dam.json');
    expect(await page.evaluate(() => window.__claimgraph!.order())).toBe(3);
  });

  it('untrusted text in a statements file is shown as text and executes nothing', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const text = `Intro. ${evil} The minister said the talks failed.`;
    const content = 'the talks failed';
    const start = text.indexOf(content);
    const evidence = text.indexOf('The minister');
    const file = {
      format: 'claimgraph/statements@1',
      documents: [{ id: 'evil', title: evil, text }],
      actors: [{ id: 'minister', label: `Minister ${evil}`, kind: 'person', aliases: [] }],
      statements: [
        {
          id: 's1',
          doc: 'evil',
          speaker: 'minister',
          stance: 'asserts',
          cue: { start: text.indexOf('said'), end: text.indexOf('said') + 4, text: 'said' },
          content: { start, end: start + content.length, text: content },
          evidence: { start: evidence, end: text.length, text: text.slice(evidence) },
          targets: [],
          about: [],
          responds: [],
        },
      ],
    };
    await dropFile('evil.json', JSON.stringify(file), 'application/json');
    await waitLoaded('evil.json');
    await page.evaluate(() => window.__claimgraph!.viewer.select('claim:evil/s1'));
    await page.getByLabel('Search actors and claims').fill('Minister');
    await page.waitForTimeout(300);
    await shot('10-untrusted-json');
    const panel = details();
    expect(await panel.locator('.doc-text').textContent()).toContain(evil);
    expect(await page.locator('img, script:not([type=module])').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.getByLabel('Search actors and claims').fill('');
  });

  it('a dropped article becomes a graph, and its markup executes nothing', async () => {
    const article =
      'Officials met in Geneva on Monday. Foreign Minister Anna Berg accused Norland of violating the ceasefire. ' +
      'Norland denied the charge. <img src=x onerror="window.__pwned=3"> <script>window.__pwned=4</script> ' +
      '"We will not negotiate," Berg said.\n';
    await dropFile('dropped-article.txt', article, 'text/plain');
    await waitLoaded('dropped-article.txt');
    expect(await page.evaluate(() => window.__claimgraph!.order())).toBeGreaterThan(2);
    const claims = await page.evaluate(() => {
      const keys: string[] = [];
      window.__claimgraph!.viewer.graph.forEachNode((key, attrs) => attrs.kind === 'claim' && keys.push(key));
      return keys;
    });
    expect(claims.length).toBeGreaterThan(0);
    await page.evaluate((key) => window.__claimgraph!.viewer.select(key), claims[0]!);
    expect(await details().locator('.doc-text').textContent()).toContain('<script>window.__pwned=4</script>');
    await page.waitForTimeout(300);
    await shot('11-dropped-article');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('stays usable on a synthetic graph of 20,000 nodes and about 100,000 edges', async () => {
    await page.evaluate(() => window.__claimgraph!.loadSynthetic(20_000));
    expect(await page.evaluate(() => window.__claimgraph!.order())).toBe(20_000);
    expect(await page.evaluate(() => window.__claimgraph!.size())).toBeGreaterThan(90_000);
    // While the layout runs (restarted here, so that it surely runs), typing still reaches the page.
    await page.evaluate(() => void window.__claimgraph!.viewer.startLayout());
    await page.getByLabel('Search actors and claims').fill('Actor 12');
    const phaseWhenAnswered = await page.waitForFunction(
      () => document.querySelectorAll('#search-results [role=option]').length > 0 && window.__claimgraph!.layoutPhase(),
      null,
      { timeout: 10_000 },
    );
    expect(['forceatlas2', 'noverlap']).toContain(await phaseWhenAnswered.jsonValue());
    await page.getByLabel('Search actors and claims').fill('');
    await page.evaluate(() => window.__claimgraph!.stopLayout());
    await page.waitForTimeout(300);
    const actor = await page.evaluate(() => {
      const { viewer } = window.__claimgraph!;
      const box = viewer.container.getBoundingClientRect();
      for (const key of viewer.graph.nodes()) {
        if (viewer.graph.getNodeAttribute(key, 'kind') !== 'actor') continue;
        const p = viewer.renderer.framedGraphToViewport(viewer.renderer.getNodeDisplayData(key)!);
        if (p.x > 40 && p.y > 40 && p.x < box.width - 40 && p.y < box.height - 40) return key;
      }
      return null;
    });
    expect(actor).not.toBeNull();
    const point = await nodePoint(actor!);
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await state()).hovered, { timeout: 10_000 }).not.toBeNull();
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await state()).selected, { timeout: 10_000 }).not.toBeNull();
    await expect
      .poll(() => details().locator('h2').first().textContent(), { timeout: 10_000 })
      .toMatch(/^Actor \d+$|^Synthetic|^\w+ \w+ \d+$/);
    await page.waitForTimeout(300);
    await shot('12-synthetic-20k');
    expect(problems).toEqual([]);
  }, 90_000);

  // Issue 10: on a large graph a filter change is redrawn by partial refreshes, which left
  // sigma's label grid as it was at the last full refresh: a node a filter showed again had
  // no label, and a cell whose labelled node a filter hid showed none.
  it('after a filter change on a large graph, the labels shown are those a full refresh shows', async () => {
    await page.mouse.move(2, 2);
    await page.evaluate(() => window.__claimgraph!.loadSynthetic(6_000));
    await page.evaluate(() => window.__claimgraph!.stopLayout());
    await settled();
    expect(await page.evaluate(() => window.__claimgraph!.viewer.scene.graph.order)).toBeGreaterThanOrEqual(5000);
    expect(await state()).toMatchObject({ hovered: null, selected: null });
    await watchNodeLabels();
    const toggleKind = (kind: string) =>
      page.evaluate(
        (k) => document.querySelector<HTMLInputElement>(`input[name="actor-kind"][value="${k}"]`)!.click(),
        kind,
      );
    const before = await fullRefreshLabels();
    // The actor kind with the most labels on screen.
    const kind = await page.evaluate((labelled) => {
      const { index } = window.__claimgraph!.viewer;
      const counts = new Map<string, number>();
      for (const node of labelled) {
        const actorKind = index.actorKindOf.get(node);
        if (actorKind) counts.set(actorKind, (counts.get(actorKind) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    }, before.nodes);
    const ofKind = await page.evaluate(
      ({ labelled, k }) => labelled.filter((node) => window.__claimgraph!.viewer.index.actorKindOf.get(node) === k),
      { labelled: before.nodes, k: kind },
    );
    expect(ofKind.length).toBeGreaterThan(0);

    await toggleKind(kind);
    expect((await state()).filters.actorKinds).not.toContain(kind);
    const hiding = await drawnLabels();
    for (const node of ofKind) expect(hiding.nodes).not.toContain(node);
    // The cells those actors labelled now show another node's label, as after a full refresh
    // (which also leaves the grid without them, as a page opened with this filter would).
    const hidingFull = await fullRefreshLabels();
    expect(hidingFull.nodes.filter((node) => !before.nodes.includes(node)).length).toBeGreaterThan(0);
    expect(hiding).toEqual(hidingFull);

    await toggleKind(kind);
    expect((await state()).filters.actorKinds).toContain(kind);
    const showing = await drawnLabels();
    for (const node of ofKind) expect(showing.nodes).toContain(node);
    // The same filters and camera as the full refresh at the start.
    expect(showing).toEqual(before);
    // The grid was refilled in place, not by the fallback that reprocesses the whole graph
    // (which would pass the checks above, slowly): sigma's private fields are where it looks.
    // (A string: the test runner would rewrite a dynamic import written in a function.)
    const rebuilt = page.evaluate(
      "import('/src/sigma/labelGrid.ts').then((m) => m.rebuildLabelGrid(window.__claimgraph.viewer.renderer))",
    );
    expect(await rebuilt).toBe(true);
    await shot('13-synthetic-6k-filter-labels');
    expect(problems).toEqual([]);
  }, 120_000);

  // Issue 10: on a large graph a hover or a selection redraws only the nodes around it, by a
  // partial refresh that left sigma's label grid as it was: the claims of a large focus
  // (labelled while it lasts) had no label, and after it the grid kept them.
  it('after a selection on a large graph, the labels shown are those a full refresh shows', async () => {
    await page.mouse.move(2, 2);
    if ((await page.evaluate(() => window.__claimgraph!.viewer.scene.graph.order)) < 5000) {
      await page.evaluate(() => window.__claimgraph!.loadSynthetic(6_000));
      await page.evaluate(() => window.__claimgraph!.stopLayout());
    }
    await settled();
    expect(await state()).toMatchObject({ hovered: null, selected: null });
    await watchNodeLabels();
    // The actor with the most neighbours, and the camera close on one of its claims: a focus
    // too large for every label to be forced, whose claims the grid places among the others.
    const actor = await page.evaluate(() => {
      const { viewer } = window.__claimgraph!;
      const graph = viewer.scene.graph;
      let best: string | null = null;
      for (const key of graph.nodes())
        if (
          graph.getNodeAttribute(key, 'kind') === 'actor' &&
          (best === null || graph.degree(key) > graph.degree(best))
        )
          best = key;
      const claim = graph.neighbors(best!).find((key) => graph.getNodeAttribute(key, 'kind') === 'claim')!;
      const data = viewer.renderer.getNodeDisplayData(claim)!;
      viewer.renderer.getCamera().setState({ x: data.x, y: data.y, ratio: 0.02, angle: 0 });
      return best!;
    });
    const isClaim = (nodes: string[]) =>
      page.evaluate(
        (keys) => keys.filter((key) => window.__claimgraph!.viewer.graph.getNodeAttribute(key, 'kind') === 'claim'),
        nodes,
      );
    const before = await fullRefreshLabels();
    expect(await isClaim(before.nodes)).toEqual([]);

    await page.evaluate((key) => window.__claimgraph!.viewer.select(key), actor);
    const selected = await drawnLabels();
    const selectedFull = await fullRefreshLabels();
    expect((await isClaim(selectedFull.nodes)).length).toBeGreaterThan(0);
    expect(selected).toEqual(selectedFull);
    await shot('14-synthetic-6k-selection-labels');

    await page.evaluate(() => window.__claimgraph!.viewer.select(null));
    expect(await drawnLabels()).toEqual(before);
    await page.evaluate(() =>
      window.__claimgraph!.viewer.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
    );
    expect(problems).toEqual([]);
  }, 120_000);

  // Issue 10, item 6: in software GL one frame of every edge of a large graph held the page
  // for seconds after each filter change. Sigma's frame now draws the nodes, and the edges
  // follow over the next frames, a part at a time; the page says so while it lasts, and the
  // picture at the end is the one a frame drawing every edge at once gives.
  it('on a large graph a filter change draws the edges over several frames, says so, and ends with every edge', async () => {
    await page.mouse.move(2, 2);
    await page.evaluate(() => window.__claimgraph!.loadSynthetic(14_000));
    await page.evaluate(() => window.__claimgraph!.stopLayout());
    await settled();
    expect(await page.evaluate(() => window.__claimgraph!.size())).toBeGreaterThan(60_000);
    await page.evaluate(() => {
      const seen = window as unknown as { __parts: number[][]; __drawing: (string | null)[] };
      seen.__parts = [];
      seen.__drawing = [];
      window.__claimgraph!.viewer.edges.onProgress((drawn, total) => seen.__parts.push([drawn, total]));
      const drawing = document.getElementById('drawing')!;
      new MutationObserver(() => seen.__drawing.push(drawing.hidden ? null : drawing.textContent)).observe(drawing, {
        attributes: true,
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const edgeCanvas = () =>
      page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas.sigma-edges')!.toDataURL());
    const blank = await page.evaluate(() => {
      const edges = document.querySelector<HTMLCanvasElement>('canvas.sigma-edges')!;
      return Object.assign(document.createElement('canvas'), { width: edges.width, height: edges.height }).toDataURL();
    });

    await page.evaluate(() =>
      document.querySelector<HTMLInputElement>('input[name="stance"][value="asserts"]')!.click(),
    );
    await settled();
    const { parts, drawing } = await page.evaluate(() => {
      const seen = window as unknown as { __parts: number[][]; __drawing: (string | null)[] };
      return { parts: seen.__parts, drawing: seen.__drawing };
    });
    // Nothing of the edges in sigma's own frame, then parts, the last one ending the buffer.
    const total = parts[0]![1]!;
    expect(parts[0]).toEqual([0, total]);
    expect(parts.at(-1)).toEqual([total, total]);
    expect(parts.filter(([drawn]) => drawn! > 0 && drawn! < total).length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < parts.length; i++) expect(parts[i]![0]).toBeGreaterThan(parts[i - 1]![0]!);
    // The page said what it was doing, and says nothing once the picture is whole.
    expect(drawing).toContain('Applying filters…');
    expect(drawing.some((text) => text !== null && /^Drawing edges… \d+%$/.test(text))).toBe(true);
    expect(drawing.at(-1)).toBeNull();
    expect(await page.locator('#drawing').isHidden()).toBe(true);
    // Every edge is there: the same pixels as a frame that draws them all at once.
    const inParts = await edgeCanvas();
    expect(inParts).not.toBe(blank);
    await page.evaluate(() => {
      const { viewer } = window.__claimgraph!;
      viewer.edges.drawWholeNext();
      viewer.renderer.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
    });
    expect(await edgeCanvas()).toBe(inParts);
    await shot('15-synthetic-14k-edges-in-parts');

    await page.evaluate(() =>
      document.querySelector<HTMLInputElement>('input[name="stance"][value="asserts"]')!.click(),
    );
    await settled();
    expect((await state()).filters.stances).toContain('asserts');
    expect(problems).toEqual([]);
  }, 120_000);
});

/** Number of non-white pixels in a PNG (decoded by the browser). */
async function countInk(base64: string): Promise<number> {
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
  return ink;
}

/** The RGB of one pixel in each PNG (decoded by the browser). */
async function pixelAt({ images, at }: { images: string[]; at: { x: number; y: number } }): Promise<number[][]> {
  return Promise.all(
    images.map(async (base64) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(at.x, at.y, 1, 1).data.slice(0, 3)];
    }),
  );
}

function saturation([r, g, b]: number[]): number {
  const max = Math.max(r!, g!, b!);
  const min = Math.min(r!, g!, b!);
  return max === 0 ? 0 : (max - min) / max;
}
