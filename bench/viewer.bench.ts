// `npm run bench -- viewer`: the viewer in headless Chromium on synthetic claim graphs of
// 1k, 10k and 50k nodes (about five edges per node), served from a production build.
// For each size, in one run: time to first render (from navigation start; the graph build
// inside it shown apart), frame times while ForceAtlas2 runs in its worker, and frame
// times while the pointer sweeps over nodes (hover → reducers → refresh → draw).
// Frame time is the interval between animation frames: what a user feels as smoothness.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { ROOT, chromiumMissing, launchChromium } from '../tests/support/browser.ts';

const SIZES = process.env.VIEWER_BENCH_SIZES
  ? process.env.VIEWER_BENCH_SIZES.split(',').map(Number)
  : [1_000, 10_000, 50_000];
const progress = (text: string): void => void process.stderr.write(`viewer bench: ${text}\n`);

const missing = chromiumMissing();
if (missing) {
  console.error(missing.replace('browser tests', 'viewer bench'));
  process.exit(1);
}

/** Frame intervals (ms) measured in the page while `during` runs. */
async function frameTimes(page: Page, during: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
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

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

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

const out = await mkdtemp(join(tmpdir(), 'claimgraph-viewer-bench-'));
const browser = await launchChromium({ width: 1280, height: 800 });
try {
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true },
  });
  progress('built');
  const server = await preview({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: out },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const rows: string[][] = [];
  for (const nodes of SIZES) {
    progress(`${nodes} nodes`);
    const page = await browser.context.newPage();
    await page.goto(`${url}?synthetic=${nodes}`);
    await page.waitForFunction(() => window.__claimgraph !== undefined, null, { timeout: 120_000 });
    const { buildMs, firstRenderAt } = await page.evaluate(() => window.__claimgraph!.timings);
    const edges = await page.evaluate(() => window.__claimgraph!.size());
    progress('first render done; measuring frames during layout');
    const layoutFrames = await frameTimes(page, () => page.waitForTimeout(2000));
    await page.evaluate(() => window.__claimgraph!.stopLayout());
    await page.waitForTimeout(300);
    const points = await nodePoints(page, 12);
    progress(`hovering over ${points.length} nodes`);
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
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  const header = [
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
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(
    `viewer in headless Chromium (software GL), production build; frame times in ms; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
} finally {
  await browser.close();
  await rm(out, { recursive: true, force: true });
}
