// Browser test of the viewer's server mode: the Aleppo article in a fresh store, `claimgraph serve`'s
// app on a free port (another origin than the viewer's: CORS), the viewer opened with ?server=.
// Search asks the server, Lavrov's neighbourhood is loaded (and nothing else), his accusation
// grows the graph with its response chain, Kerry's denial opens with its source text; the
// address and the share link reopen the same graph in a fresh page; an unreachable server and a
// failing request are one message each, with the graph kept. Needs PostgreSQL and Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/app.ts';
import { PgStore } from '../../src/store/index.ts';
import { aleppoResults, gazetteer } from '../store/corpus.ts';
import { chromiumMissing, launchChromium, serveViewer, type Browser, type Served } from '../support/browser.ts';
import { freshDatabase, storeMissing, type TestDatabase } from '../support/store.ts';

const missing = chromiumMissing() ?? (await storeMissing());
if (missing) console.log(missing.replace(/^(browser|store) tests/, 'server-mode browser tests'));
if (missing && process.env.CI === 'true')
  describe('server-mode browser tests under CI', () => {
    it('need Chromium and PostgreSQL', () => expect(missing).toBeNull());
  });
const shots = process.env.CLAIMGRAPH_SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

const ACCUSATION = 'claim:aleppo-2016/s9';
const DENIAL = 'claim:aleppo-2016/s12';

describe.skipIf(missing !== null)(
  'the viewer on claimgraph serve',
  () => {
    let db: TestDatabase;
    let store: PgStore;
    let app: FastifyInstance;
    let api: string;
    let served: Served;
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];

    const shot = async (name: string, on: Page = page): Promise<void> => {
      if (shots) await on.screenshot({ path: join(shots, `${name}.png`) });
    };
    const state = (on: Page = page) => on.evaluate(() => window.__claimgraph!.state());
    const nodes = (on: Page = page) => on.evaluate(() => window.__claimgraph!.viewer.graph.nodes().sort());
    const details = (on: Page = page) => on.getByRole('region', { name: 'Details' });
    const settled = (on: Page = page) =>
      on.waitForFunction(
        () =>
          window.__claimgraph?.layoutPhase() === 'done' &&
          !/Asking/.test(document.getElementById('status')!.textContent!),
        null,
        { timeout: 60_000 },
      );
    const openPage = async (query: string): Promise<Page> => {
      const p = await browser.context.newPage();
      p.on('console', (message) => {
        if (message.type() === 'error' && !/Failed to load resource|net::ERR/.test(message.text()))
          problems.push(message.text());
      });
      p.on('pageerror', (error) => problems.push(error.message));
      await p.goto(served.url + query);
      await p.waitForFunction(() => window.__claimgraph !== undefined, null, { timeout: 60_000 });
      await settled(p);
      return p;
    };

    beforeAll(async () => {
      db = await freshDatabase();
      store = await PgStore.open(db.url, { gazetteer });
      await store.write(await aleppoResults());
      app = await createServer(store);
      api = await app.listen({ host: '127.0.0.1', port: 0 });
      served = await serveViewer();
      browser = await launchChromium({ width: 1400, height: 900 });
      page = await openPage(`?server=${encodeURIComponent(api)}`);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await served?.close();
      await app?.close();
      await store?.close();
      await db?.drop();
    });

    it('opens on an empty graph and says to search the server', async () => {
      expect(await nodes()).toEqual([]);
      expect(await page.locator('#status').textContent()).toMatch(
        /nothing loaded yet\. Search for an actor or a claim/,
      );
      await shot('41-server-empty');
    });

    it('searching Lavrov asks the server, and picking him loads his neighbourhood only', async () => {
      const input = page.getByRole('combobox', { name: 'Search actors and claims' });
      await input.fill('Lavrov');
      const option = page.getByRole('option', { name: /Sergey Lavrov/ });
      await option.waitFor({ timeout: 10_000 });
      await shot('42-server-search');
      await input.press('Enter');
      await page.waitForFunction(() => window.__claimgraph!.viewer.graph.hasNode('actor:lavrov'));
      await settled();
      const { statements } = JSON.parse(await (await fetch(`${api}/api/actors/lavrov?depth=1&limit=200`)).text()) as {
        statements: { id: string }[];
      };
      const claims = (await nodes()).filter((key) => key.startsWith('claim:'));
      expect(claims.sort()).toEqual(statements.map((s) => `claim:${s.id}`).sort());
      expect(claims).toContain(ACCUSATION);
      expect(claims).not.toContain(DENIAL);
      expect((await state()).selected).toBe('actor:lavrov');
      await expect.poll(() => details().locator('h2').textContent()).toBe('Sergey Lavrov');
      expect(new URL(page.url()).searchParams.get('open')).toBe('actor:lavrov');
      await shot('43-server-lavrov');
    });

    it('his accusation grows the graph with its response chain: Kerry denies it', async () => {
      await details().getByRole('button', { name: 'Follow claim: of backtracking' }).click();
      await page.waitForFunction((key) => window.__claimgraph!.viewer.graph.hasNode(key), DENIAL);
      await settled();
      expect((await state()).selected).toBe(ACCUSATION);
      const graph = await nodes();
      expect(graph).toContain('actor:kerry');
      expect(
        await page.evaluate(([a, b]) => window.__claimgraph!.viewer.graph.hasDirectedEdge(b!, a!), [
          ACCUSATION,
          DENIAL,
        ] as const),
      ).toBe(true);
      // What was drawn before kept its place: only the new nodes were laid out around it.
      await expect.poll(() => details().locator('h2').textContent()).toBe('of backtracking');
      await expect.poll(() => details().getByText('denied or rejected by (1)').count()).toBe(1);
      await shot('44-server-accusation');
    });

    it("following it reaches Kerry's denial with its source text", async () => {
      await details().getByRole('button', { name: 'Follow claim: the charge' }).click();
      await settled();
      expect((await state()).selected).toBe(DENIAL);
      await expect.poll(() => details().locator('h2').textContent()).toBe('the charge');
      expect(await details().locator('.doc-text mark.content').textContent()).toBe('the charge');
      expect(await details().locator('.doc-text mark.evidence').textContent()).toBe(
        'US Secretary of State, John Kerry, however denied the charge.',
      );
      expect(await details().textContent()).toMatch(/John Kerry/);
      expect((await state()).trail).toEqual(['actor:lavrov', ACCUSATION, DENIAL]);
      expect(new URL(page.url()).searchParams.get('open')).toBe(`actor:lavrov,${ACCUSATION},${DENIAL}`);
      await shot('45-server-denial');
      expect(problems).toEqual([]);
    });

    it('the share link carries the server and what was opened, and reopens the same view', async () => {
      await page.getByRole('button', { name: /Share/ }).click();
      const link = await page.locator('#share-link').inputValue();
      expect(await page.locator('.share-note').textContent()).toMatch(/asks the server .* for the 3 nodes opened/);
      await shot('46-server-share');
      const url = new URL(link);
      expect(url.searchParams.get('server')).toBe(api);
      const again = await openPage(link.slice(served.url.length));
      await page.keyboard.press('Escape');
      expect(await nodes(again)).toEqual(await nodes());
      expect((await state(again)).selected).toBe(DENIAL);
      expect(await details(again).locator('.doc-text mark.content').textContent()).toBe('the charge');
      await again.close();
    });

    it('a failing request is one message, and the graph stays', async () => {
      const before = await nodes();
      await page.route(`${api}/api/**`, (route) => route.abort('connectionrefused'));
      await page.evaluate(() => window.__claimgraph!.viewer.select('actor:kerry', 'jump'));
      const message = page.locator('#message');
      await expect.poll(() => message.isVisible()).toBe(true);
      expect(await message.textContent()).toMatch(
        /^Could not open John Kerry on 127\.0\.0\.1:\d+: could not reach claimgraph serve/,
      );
      expect(await nodes()).toEqual(before);
      await shot('47-server-failure');
      await page.unroute(`${api}/api/**`);
    });

    it('an unreachable server is one message on an empty graph', async () => {
      const other = await openPage('?server=http%3A%2F%2F127.0.0.1%3A9&open=actor%3Alavrov');
      expect(await other.locator('#message').textContent()).toMatch(
        /^Could not open 127\.0\.0\.1:9: could not reach claimgraph serve/,
      );
      expect(await nodes(other)).toEqual([]);
      await other.close();
      const bad = await openPage('?server=ftp%3A%2F%2Fexample.org');
      expect(await bad.locator('#message').textContent()).toMatch(/only http\(s\) URLs/);
      await bad.close();
    });
  },
  120_000,
);
