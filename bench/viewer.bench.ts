// `npm run bench -- viewer`: the viewer in headless Chromium (software GL), production build, all
// figures from one run:
// 1. the actor network of a 10,000-article synthetic corpus (claimgraph synth, ingested in
//    process as the corpus bench does) opened by ?graph=: time to the first frame with pixels;
// 2. the full claim view at 10k and 100k nodes against bare sigma on the same graph (web/bench/
//    bare.html: the same synthetic graph and starting positions, sigma's defaults): first frame
//    with pixels and frame time while the camera zooms, each side several times, alternating,
//    each in a fresh page, and the longest block of a frame drawn with no change (the floor
//    under any change that must be seen); median, spread (min–max) and the ratio of medians;
//    with VIEWER_BENCH_BASELINE, the baseline viewer's figures beside them, from the same run;
// 3. the statement table at 100,000 rows: frame time while it scrolls;
// 4. the longest main-thread block (long tasks) after a filter change, on both pages above;
//    and, in a section of its own, several toggles on each of several fresh pages of the actor
//    network and of the claim view, this build alternating with VIEWER_BENCH_BASELINE (another
//    checkout of claimgraph, e.g. the commit before a change), so that before and after come
//    from one run: median and spread (min–max) of the longest block per toggle;
// 5. (as before) per synthetic size: first render, frame times during layout and hover.
// "First frame with pixels" is from navigation start to the first animation frame at which the
// graph's WebGL canvas holds drawn pixels (read back each frame; both sides alike).
//   VIEWER_BENCH_SIZES=1000,10000,50000  sizes of section 5 ("" skips it)
//   VIEWER_BENCH_CLAIMS=10000,100000     sizes of section 2;  VIEWER_BENCH_RUNS=5,3 runs per side
//   VIEWER_BENCH_ARTICLES=10000          corpus of section 1; VIEWER_BENCH_ROWS=100000 (section 3)
//   VIEWER_BENCH_BASELINE=<dir>          a checkout to compare filter changes with (its node_modules
//                                        may be a link to these); VIEWER_BENCH_FILTER_RUNS=3 pages per
//                                        side, VIEWER_BENCH_TOGGLES=4 per page, VIEWER_BENCH_FILTER_NODES=
//                                        114000 (claim view; 0 skips it)
import { copyFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { ingestCorpus } from '../src/corpus/ingest/index.ts';
import { gazetteerEntries } from '../src/extract/index.ts';
import { generateCorpus } from '../src/synth/index.ts';
import { ROOT, chromiumMissing, launchChromium, type Browser } from '../tests/support/browser.ts';

const numbers = (value: string | undefined, fallback: number[]): number[] =>
  value === undefined ? fallback : value.split(',').filter(Boolean).map(Number);
const SIZES = numbers(process.env.VIEWER_BENCH_SIZES, [1_000, 10_000, 50_000]);
const CLAIM_SIZES = numbers(process.env.VIEWER_BENCH_CLAIMS, [10_000, 100_000]);
const RUNS = numbers(process.env.VIEWER_BENCH_RUNS, [5, 3]);
const ARTICLES = Number(process.env.VIEWER_BENCH_ARTICLES ?? 10_000);
const ROWS = Number(process.env.VIEWER_BENCH_ROWS ?? 100_000);
const BASELINE = process.env.VIEWER_BENCH_BASELINE || null;
const FILTER_RUNS = Number(process.env.VIEWER_BENCH_FILTER_RUNS ?? 3);
const TOGGLES = Number(process.env.VIEWER_BENCH_TOGGLES ?? 4);
/** Statement rows per node of a synthetic claim graph (88,000 rows at 100,000 nodes). */
const ROWS_PER_NODE = 0.88;
const FILTER_NODES = Number(process.env.VIEWER_BENCH_FILTER_NODES ?? Math.ceil(100_000 / ROWS_PER_NODE / 1000) * 1000);
const PAGE_TIMEOUT = 600_000;
const progress = (text: string): void => void process.stderr.write(`viewer bench: ${text}\n`);

const missing = chromiumMissing();
if (missing) {
  console.error(missing.replace('browser tests', 'viewer bench'));
  process.exit(1);
}

// ---- measuring in the page (strings, not functions: tsx would wrap named inner functions in a helper the page lacks)

/**
 * Before any page script: WebGL canvases keep their drawing buffer (so that they can be read
 * back), and each animation frame until pixels are found, sigma's node canvas is read back
 * small; `window.__firstPixels` is then performance.now(). Long tasks are recorded from the start.
 */
const PROBE = `(() => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, options) {
    if (type === 'webgl' || type === 'webgl2') options = Object.assign({}, options, { preserveDrawingBuffer: true });
    return getContext.call(this, type, options);
  };
  window.__firstPixels = null;
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const probe = document.createElement('canvas');
  probe.width = 48;
  probe.height = 48;
  let context = null;
  function look() {
    const canvas = document.querySelector('canvas.sigma-nodes');
    if (canvas && canvas.width > 0) {
      context = context || probe.getContext('2d', { willReadFrequently: true });
      context.clearRect(0, 0, 48, 48);
      context.drawImage(canvas, 0, 0, 48, 48);
      const data = context.getImageData(0, 0, 48, 48).data;
      for (let i = 3; i < data.length; i += 4)
        if (data[i] > 0) {
          window.__firstPixels = performance.now();
          return;
        }
    }
    requestAnimationFrame(look);
  }
  requestAnimationFrame(look);
})()`;

/** Frame intervals (ms) measured in the page while `during` runs. */
async function frameTimes(page: Page, during: () => Promise<void>): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stopFrames = false;
    let last = performance.now();
    function tick(now) {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    }
    requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
  })()`);
  await during();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stopFrames: boolean };
    w.__stopFrames = true;
    return w.__frames;
  });
}

/** Zooms the camera in and out (1.5 s each way), as a user exploring does. */
const zoom = async (page: Page, handle: string): Promise<void> => {
  await page.evaluate(`(async () => {
    const camera = ${handle}.getCamera();
    const ratio = camera.getState().ratio;
    await camera.animate({ ratio: ratio / 3 }, { duration: 1500 });
    await camera.animate({ ratio }, { duration: 1500 });
  })()`);
};

/**
 * The longest long task (ms) that starts while `during` runs and until the page is done with
 * it: the work it left for later tasks (`settled`, where the build has it), `settle` ms more
 * for frames, then a frame and a task, so that the observer has reported every task; 0 if none.
 */
async function longestBlock(page: Page, during: () => Promise<void>, settle = 3000): Promise<number> {
  const from = (await page.evaluate('performance.now()')) as number;
  await during();
  await page.evaluate('window.__claimgraph?.settled ? window.__claimgraph.settled() : null');
  await page.waitForTimeout(settle);
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)))');
  return page.evaluate(
    (start) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((task) => task.start >= start)
          .map((task) => task.duration),
      ),
    from,
  );
}

// ---- statistics

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
/** `median (min–max)` of several runs. */
const spread = (values: number[]): string =>
  `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

// ---- the pages

async function openViewer(browser: Browser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(PROBE);
  page.on('pageerror', (error) => progress(`page error: ${error.message}`));
  await page.goto(url, { timeout: PAGE_TIMEOUT });
  await page.waitForFunction(() => window.__claimgraph !== undefined, null, { timeout: PAGE_TIMEOUT });
  await page.waitForFunction('window.__firstPixels !== null', null, { timeout: PAGE_TIMEOUT });
  return page;
}

async function openBare(browser: Browser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(url, { timeout: PAGE_TIMEOUT });
  await page.waitForFunction('window.__bare !== undefined && window.__firstPixels !== null', null, {
    timeout: PAGE_TIMEOUT,
  });
  return page;
}

const firstPixels = (page: Page) => page.evaluate('window.__firstPixels') as Promise<number>;

/** Page positions of some visible nodes, to move the pointer over. */
async function nodePoints(page: Page, count: number): Promise<{ x: number; y: number }[]> {
  return page.evaluate((n) => {
    const { viewer } = window.__claimgraph!;
    const box = viewer.container.getBoundingClientRect();
    const points: { x: number; y: number }[] = [];
    const keys = viewer.graph.nodes().filter((key) => viewer.graph.getNodeAttribute(key, 'kind') === 'actor');
    for (let i = 0; i < keys.length && points.length < n; i += Math.max(1, Math.floor(keys.length / n))) {
      const data = viewer.renderer.getNodeDisplayData(keys[i]);
      if (!data) continue;
      const p = viewer.renderer.framedGraphToViewport(data);
      if (p.x > 5 && p.y > 5 && p.x < box.width - 5 && p.y < box.height - 5)
        points.push({ x: box.left + p.x, y: box.top + p.y });
    }
    return points;
  }, count);
}

/**
 * Unticks a stance in the filters and ticks it again: the longest block after each, and the
 * longest single sigma refresh (reducers over the graph, buffers, draw) among them.
 */
async function filterBlocks(page: Page, toggles = 2): Promise<{ blocks: number[]; refresh: number[] }> {
  await page.evaluate(`(() => {
    const r = window.__claimgraph.viewer.renderer;
    if (r.__timed) return;
    r.__timed = true;
    for (const name of ['refresh', 'render']) {
      const original = r[name].bind(r);
      r[name] = (...args) => {
        const t = performance.now();
        const out = original(...args);
        window.__refreshMax = Math.max(window.__refreshMax || 0, performance.now() - t);
        return out;
      };
    }
  })()`);
  // Clicked from inside the page: however long the page is blocked, the block is measured.
  const click = () =>
    page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="stance"][value="asserts"]')!.click());
  const blocks: number[] = [];
  const refresh: number[] = [];
  for (let i = 0; i < toggles; i++) {
    await page.evaluate('window.__refreshMax = 0');
    blocks.push(await longestBlock(page, click));
    refresh.push((await page.evaluate('window.__refreshMax')) as number);
  }
  return { blocks, refresh };
}

/**
 * The longest block of one frame that draws the graph with nothing changed: what drawing
 * alone costs on this page (in software GL, the browser waits for the drawing of every
 * frame), the floor under any change that must be seen. Where the viewer draws a large graph's
 * edges over several frames (web/src/sigma/progressiveEdges.ts), the longest of those frames,
 * until the edges are whole (`settled`).
 */
async function frameBlocks(page: Page, frames = 2, handle = 'window.__claimgraph.viewer.renderer'): Promise<number[]> {
  const draw = () =>
    page.evaluate(
      `void ${handle}.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true, schedule: true })`,
    );
  const blocks: number[] = [];
  for (let i = 0; i < frames; i++) blocks.push(await longestBlock(page, () => draw().then(() => undefined), 1500));
  return blocks;
}
const blockCell = ({ blocks, refresh }: { blocks: number[]; refresh: number[] }): string =>
  blocks.map((b, i) => `${ms(b)} (sigma ${ms(refresh[i]!)})`).join(', ');

// ---- the run

const out = await mkdtemp(join(tmpdir(), 'claimgraph-viewer-bench-'));
const browser = await launchChromium({ width: 1280, height: 800 });
/** Prints a table as soon as it is measured (a later failure loses nothing before it). */
const report = (table: () => void): void => table();
try {
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: {
      outDir: out,
      emptyOutDir: true,
      rollupOptions: { input: { main: join(ROOT, 'web/index.html'), bare: join(ROOT, 'web/bench/bare.html') } },
    },
  });
  progress('built');
  console.log(
    `viewer in headless Chromium (software GL), production build; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
  const server = await preview({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: out },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  // The baseline: another checkout's viewer, built and served the same way, on a port of its own.
  const baseOut = join(out, 'baseline');
  const baseline = BASELINE
    ? await (async () => {
        await build({
          configFile: join(BASELINE, 'vite.config.ts'),
          logLevel: 'error',
          build: { outDir: baseOut, emptyOutDir: true, rollupOptions: { input: join(BASELINE, 'web/index.html') } },
        });
        const served = await preview({
          configFile: join(BASELINE, 'vite.config.ts'),
          logLevel: 'error',
          build: { outDir: baseOut },
          preview: { port: 0, host: '127.0.0.1' },
        });
        const at = served.httpServer.address();
        progress(`baseline ${BASELINE} built`);
        return { served, url: `http://127.0.0.1:${typeof at === 'object' && at ? at.port : 0}/` };
      })()
    : null;

  // 1. the actor network of a synthetic corpus, with a filter change on it
  let corpusFile: string | null = null;
  if (ARTICLES > 0) {
    progress(`${ARTICLES} articles: generating and ingesting`);
    const corpus = generateCorpus({ articles: ARTICLES, seed: 1, gazetteer: gazetteerEntries() });
    const source = join(out, 'corpus.jsonl');
    await writeFile(source, corpus.articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
    const graphFile = join(out, 'corpus.statements.json');
    await ingestCorpus({ sources: [source], output: graphFile, workers: 2, gazetteer: gazetteerEntries() });
    await rm(source);
    corpusFile = graphFile;
    const bytes = (await stat(graphFile)).size;
    const times: number[] = [];
    let blocks = { blocks: [] as number[], refresh: [] as number[] };
    let described = '';
    for (let run = 0; run < 3; run++) {
      progress(`actor network, run ${run + 1}`);
      const page = await openViewer(browser, `${url}?graph=corpus.statements.json`);
      times.push(await firstPixels(page));
      described = (await page.locator('#status').textContent()) ?? '';
      if (run === 0) blocks = await filterBlocks(page);
      await page.close();
    }
    report(() =>
      printTable(
        `actor network of a ${ARTICLES.toLocaleString('en')}-article synthetic corpus (statements@1, ${(bytes / 2 ** 20).toFixed(0)} MiB, by ?graph=); 3 runs, median (min–max) ms`,
        ['first frame with pixels', 'longest block after a filter change (of which one sigma refresh)', 'shown'],
        [[spread(times), blockCell(blocks), described.replace(/^.*?· /, '')]],
      ),
    );
  }

  // 4. filter changes: this build against the baseline, alternating, each page fresh
  const filterTargets = [
    ...(corpusFile
      ? [{ name: `actor network, ${ARTICLES.toLocaleString('en')} articles`, query: '?graph=corpus.statements.json' }]
      : []),
    ...(FILTER_NODES > 0
      ? [
          {
            name: `claim view, ${FILTER_NODES.toLocaleString('en')} nodes`,
            query: `?synthetic=${FILTER_NODES}#view=claims`,
          },
        ]
      : []),
  ];
  if (baseline && corpusFile) await copyFile(corpusFile, join(baseOut, 'corpus.statements.json'));
  const filterRows: string[][] = [];
  for (const target of filterTargets) {
    const sides = [
      { name: 'this build', url, blocks: [] as number[], refresh: [] as number[], frames: [] as number[] },
      ...(baseline
        ? [
            {
              name: 'baseline',
              url: baseline.url,
              blocks: [] as number[],
              refresh: [] as number[],
              frames: [] as number[],
            },
          ]
        : []),
    ];
    for (let run = 0; run < FILTER_RUNS; run++)
      for (const side of run % 2 ? [...sides].reverse() : sides) {
        progress(`filter changes, ${target.name}, run ${run + 1} of ${FILTER_RUNS}: ${side.name}`);
        const page = await openViewer(browser, side.url + target.query);
        await page.evaluate(() => window.__claimgraph!.stopLayout());
        await page.waitForTimeout(1000);
        const { blocks, refresh } = await filterBlocks(page, TOGGLES);
        side.blocks.push(...blocks);
        side.refresh.push(...refresh);
        side.frames.push(...(await frameBlocks(page)));
        await page.close();
      }
    for (const side of sides)
      filterRows.push([
        target.name,
        side.name,
        String(side.blocks.length),
        spread(side.blocks),
        String(side.blocks.filter((b) => b > 100).length),
        spread(side.refresh),
        spread(side.frames),
      ]);
  }
  if (filterRows.length)
    report(() =>
      printTable(
        `filter changes (a stance unticked, ticked, …; ${TOGGLES} per page, ${FILTER_RUNS} fresh pages per side, sides alternating${BASELINE ? `; baseline: ${BASELINE}` : ''}); ms`,
        [
          'page',
          'viewer',
          'toggles',
          'longest block per toggle',
          'over 100 ms',
          'longest sigma call per toggle',
          'a frame with no change (2 per page)',
        ],
        filterRows,
      ),
    );

  // 2. the full claim view against bare sigma on the same graph
  const claimRows: string[][] = [];
  let canvas = { width: 900, height: 600 };
  for (const [i, nodes] of CLAIM_SIZES.entries()) {
    const runs = RUNS[i] ?? RUNS.at(-1) ?? 3;
    const side = () => ({ first: [] as number[], frame: [] as number[], still: [] as number[] });
    const sides = { viewer: side(), baseline: side(), bare: side() };
    const viewers = [
      { name: 'viewer', url, into: sides.viewer },
      ...(baseline ? [{ name: 'baseline', url: baseline.url, into: sides.baseline }] : []),
    ];
    for (let run = 0; run < runs; run++) {
      for (const one of run % 2 ? [...viewers].reverse() : viewers) {
        progress(`claim view, ${nodes} nodes, run ${run + 1} of ${runs}: ${one.name}`);
        const viewer = await openViewer(browser, `${one.url}?synthetic=${nodes}#view=claims`);
        one.into.first.push(await firstPixels(viewer));
        canvas = await viewer.evaluate(() => {
          const box = window.__claimgraph!.viewer.container.getBoundingClientRect();
          return { width: Math.round(box.width), height: Math.round(box.height) };
        });
        await viewer.evaluate(() => window.__claimgraph!.stopLayout());
        await viewer.waitForTimeout(300);
        one.into.frame.push(
          median(await frameTimes(viewer, () => zoom(viewer, 'window.__claimgraph.viewer.renderer'))),
        );
        one.into.still.push(...(await frameBlocks(viewer)));
        await viewer.close();
      }
      progress(`claim view, ${nodes} nodes, run ${run + 1} of ${runs}: bare sigma`);
      const bare = await openBare(
        browser,
        `${url}bench/bare.html?synthetic=${nodes}&w=${canvas.width}&h=${canvas.height}`,
      );
      sides.bare.first.push(await firstPixels(bare));
      await bare.waitForTimeout(300);
      sides.bare.frame.push(median(await frameTimes(bare, () => zoom(bare, 'window.__bare.renderer'))));
      sides.bare.still.push(...(await frameBlocks(bare, 2, 'window.__bare.renderer')));
      await bare.close();
    }
    const ratio = (a: number[], b: number[]) => `${(median(a) / median(b)).toFixed(2)}×`;
    claimRows.push([
      nodes.toLocaleString('en'),
      String(runs),
      spread(sides.viewer.first),
      spread(sides.bare.first),
      ratio(sides.viewer.first, sides.bare.first),
      spread(sides.viewer.frame),
      spread(sides.bare.frame),
      ratio(sides.viewer.frame, sides.bare.frame),
      spread(sides.viewer.still),
      spread(sides.bare.still),
      ratio(sides.viewer.still, sides.bare.still),
      ...(baseline ? [spread(sides.baseline.first), spread(sides.baseline.frame), spread(sides.baseline.still)] : []),
    ]);
  }
  if (claimRows.length)
    report(() =>
      printTable(
        `full claim view vs bare sigma on the same graph (canvas ${canvas.width}×${canvas.height}); median (min–max) ms of runs alternating viewer / bare, each in a fresh page; target ratio ≤ 1.5×`,
        [
          'nodes',
          'runs',
          'viewer first pixels',
          'bare first pixels',
          'ratio',
          'viewer zoom frame p50',
          'bare zoom frame p50',
          'ratio',
          'viewer frame with no change (longest block, 2 per page)',
          'bare frame with no change',
          'ratio',
          ...(baseline ? ['baseline first pixels', 'baseline zoom frame p50', 'baseline frame with no change'] : []),
        ],
        claimRows,
      ),
    );

  // 3 and 4. the statement table at ROWS rows: scrolling, and a filter change
  if (ROWS > 0) {
    const nodes = Math.ceil(ROWS / ROWS_PER_NODE / 1000) * 1000;
    progress(`table: ${nodes} nodes`);
    const page = await openViewer(browser, `${url}?synthetic=${nodes}#view=claims`);
    await page.evaluate(() => window.__claimgraph!.stopLayout());
    const rows = await page.evaluate(() =>
      window.__claimgraph!.viewer.data.kind === 'claims' ? window.__claimgraph!.viewer.data.rows.length : 0,
    );
    const body = page.locator('.table-body');
    const box = (await body.boundingBox())!;
    const scrolls: number[][] = [];
    for (let run = 0; run < 3; run++) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      scrolls.push(
        await frameTimes(page, async () => {
          for (let step = 0; step < 40; step++) {
            await page.mouse.wheel(0, run % 2 ? -600 : 600);
            await page.waitForTimeout(40);
          }
        }),
      );
    }
    const scrolled = await body.evaluate((element) => element.scrollTop);
    const blocks = await filterBlocks(page);
    await page.close();
    report(() =>
      printTable(
        `statement table at ${rows.toLocaleString('en')} rows (synthetic claim graph of ${nodes.toLocaleString('en')} nodes), 3 wheel scrolls of 40 steps; frame ms`,
        [
          'scroll frame p50 per run',
          'scroll frame p95 per run',
          'scrolled to (px)',
          'longest block after a filter change (of which one sigma refresh)',
        ],
        [
          [
            scrolls.map((f) => ms(quantile(f, 0.5))).join(', '),
            scrolls.map((f) => ms(quantile(f, 0.95))).join(', '),
            String(Math.round(scrolled)),
            blockCell(blocks),
          ],
        ],
      ),
    );
  }

  // 5. per synthetic size: first render, layout and hover frames
  const rows: string[][] = [];
  for (const nodes of SIZES) {
    progress(`${nodes} nodes: layout and hover`);
    const page = await browser.context.newPage();
    await page.goto(`${url}?synthetic=${nodes}`);
    await page.waitForFunction(() => window.__claimgraph !== undefined, null, { timeout: PAGE_TIMEOUT });
    const { buildMs, firstRenderAt } = await page.evaluate(() => window.__claimgraph!.timings);
    const edges = await page.evaluate(() => window.__claimgraph!.size());
    const layoutFrames = await frameTimes(page, () => page.waitForTimeout(2000));
    await page.evaluate(() => window.__claimgraph!.stopLayout());
    await page.waitForTimeout(300);
    const points = await nodePoints(page, 12);
    // The renderer's own work per hover (reducers, buffers, draw calls), apart from the
    // compositor and GPU time that the frame intervals also contain.
    await page.evaluate(`(() => {
      const r = window.__claimgraph.viewer.renderer;
      window.__drawMs = 0;
      for (const name of ['refresh', 'render']) {
        const original = r[name].bind(r);
        r[name] = (...args) => { const t = performance.now(); const out = original(...args); window.__drawMs += performance.now() - t; return out; };
      }
    })()`);
    const hoverFrames = await frameTimes(page, async () => {
      for (const point of points) {
        await page.mouse.move(point.x, point.y, { steps: 2 });
        await page.waitForTimeout(60);
      }
    });
    const drawMs = (await page.evaluate('window.__drawMs')) as number;
    const hovered = await page.evaluate(() => window.__claimgraph!.state().hovered);
    rows.push([
      String(nodes),
      String(edges),
      firstRenderAt.toFixed(0),
      buildMs.toFixed(0),
      quantile(layoutFrames, 0.5).toFixed(1),
      quantile(layoutFrames, 0.95).toFixed(1),
      quantile(hoverFrames, 0.5).toFixed(1),
      quantile(hoverFrames, 0.95).toFixed(1),
      (drawMs / Math.max(points.length, 1)).toFixed(1),
      `${points.length}${hovered ? '' : ' (no hover hit)'}`,
    ]);
    await page.close();
  }
  if (rows.length)
    report(() =>
      printTable(
        'synthetic claim graphs (one run each): first render, frames during layout and hover, ms',
        [
          'nodes',
          'edges',
          'first render ms',
          'of which build ms',
          'layout frame p50',
          'layout frame p95',
          'hover frame p50',
          'hover frame p95',
          'draw ms/hover',
          'hover targets',
        ],
        rows,
      ),
    );
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  if (baseline) await new Promise<void>((resolve) => baseline.served.httpServer.close(() => resolve()));
  console.log(`\nload average at the end ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
} finally {
  await browser.close();
  await rm(out, { recursive: true, force: true });
}
