// The query server on a real store: each endpoint's answer (the same as the store's queries),
// its limits, and SQL injection tried through every parameter: the store must answer as for
// any other unknown text (a 400 or 404 naming it, or no hits), and its tables stay as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer, LIMITS } from '../../src/server/app.ts';
import { PgStore } from '../../src/store/index.ts';
import { freshDatabase, reportMissing, storeMissing, type TestDatabase } from '../support/store.ts';
import { aleppoResults, batches, gazetteer, syntheticResults } from '../store/corpus.ts';

const missing = await storeMissing();
reportMissing(missing);

const INJECTIONS = [
  "'; DROP TABLE statements; --",
  "lavrov' OR '1'='1",
  "x'); DELETE FROM actors; --",
  '1; SELECT pg_sleep(5)',
  "%' UNION SELECT id, label FROM actors --",
  "\\'; TRUNCATE documents CASCADE; --",
  '$1) OR true --',
];

describe.skipIf(missing !== null)('claimgraph serve', { timeout: 120_000 }, () => {
  let db: TestDatabase;
  let store: PgStore;
  let app: FastifyInstance;
  let counts: unknown;

  beforeAll(async () => {
    db = await freshDatabase();
    store = await PgStore.open(db.url, { gazetteer });
    for (const batch of batches([...(await aleppoResults()), ...syntheticResults(12)], 8, 1)) await store.write(batch);
    counts = await store.counts();
    app = await createServer(store);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await store?.close();
    await db?.drop();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json() as Record<string, unknown> };
  };

  it('searches actors by name and claims by words', async () => {
    const { status, body } = await get('/api/search?q=lavrov');
    expect(status).toBe(200);
    expect(body).toContainEqual({ key: 'actor:lavrov', kind: 'actor', label: 'Sergey Lavrov' });
    const words = await get('/api/search?q=backtracking');
    expect(words.body).toContainEqual(expect.objectContaining({ key: 'claim:aleppo-2016/s9', kind: 'claim' }));
  });

  it("gives an actor's neighbourhood as statements@1, capped", async () => {
    const { status, body } = await get('/api/actors/Lavrov');
    expect(status).toBe(200);
    expect(body.format).toBe('claimgraph/statements@1');
    const ids = (body.statements as { id: string }[]).map((s) => s.id);
    expect(ids).toContain('aleppo-2016/s9');
    const capped = await get('/api/actors/Russia?depth=2&limit=3');
    expect((capped.body.statements as unknown[]).length).toBe(3);
    expect((await get(`/api/actors/Russia?limit=${LIMITS.statements + 1}`)).status).toBe(400);
    expect((await get(`/api/actors/Russia?depth=${LIMITS.depth + 1}`)).status).toBe(400);
  });

  it("gives an actor's triples and statements a page at a time, as the store's pages", async () => {
    const first = await get('/api/actors/Russia/triples?limit=2');
    expect(first.status).toBe(200);
    expect(first.body).toEqual(JSON.parse(JSON.stringify(await store.triplesPage('actor:russia', { limit: 2 }))));
    const items: unknown[] = [];
    let url = '/api/actors/Russia/triples?limit=1';
    for (let page = 0; page < 100; page++) {
      const { body } = await get(url);
      items.push(...(body.items as unknown[]));
      if (body.next === undefined) break;
      url = `/api/actors/Russia/triples?limit=1&after=${body.next as string}`;
    }
    expect(items).toEqual(JSON.parse(JSON.stringify(await store.triples('actor:russia'))));
    const statements = await get('/api/actors/Russia/statements?members=true&limit=3');
    expect(statements.body).toEqual(
      JSON.parse(JSON.stringify(await store.statementsByPage('actor:russia', { includeMembers: true, limit: 3 }))),
    );
    expect((await get(`/api/actors/Russia/triples?limit=${LIMITS.page + 1}`)).status).toBe(400);
    expect((await get('/api/actors/Russia/triples?after=xyz')).status).toBe(400);
  });

  it("gives the nodes within some steps of an actor a page at a time, as the store's pages", async () => {
    const items: unknown[] = [];
    let url = '/api/actors/Russia/reach?depth=2&edges=accuses,denies,about,targets&limit=3';
    for (let page = 0; page < 100; page++) {
      const { status, body } = await get(url);
      expect(status).toBe(200);
      items.push(...(body.items as unknown[]));
      if (body.next === undefined) break;
      url = `/api/actors/Russia/reach?depth=2&edges=accuses,denies,about,targets&limit=3&after=${body.next as string}`;
    }
    expect(items).toEqual(
      await store.reach('actor:russia', { depth: 2, edgeKinds: ['accuses', 'denies', 'about', 'targets'] }),
    );
    expect(items.length).toBeGreaterThan(3);
    const out = await get('/api/actors/Lavrov/reach?direction=out&limit=2');
    expect(out.body).toEqual(await store.reachPage('actor:lavrov', { direction: 'out', limit: 2 }));
    for (const bad of [
      `depth=${LIMITS.depth + 1}`,
      `limit=${LIMITS.page + 1}`,
      'edges=says',
      'direction=up',
      'after=xyz',
    ])
      expect((await get(`/api/actors/Russia/reach?${bad}`)).status, bad).toBe(400);
    expect((await get('/api/actors/Russia/reach?after=61')).status).toBe(404);
  });

  it("gives a claim's provenance and response chain, and paths between actors", async () => {
    const claim = await get('/api/claims/aleppo-2016%2Fs12');
    expect(claim.status).toBe(200);
    expect((claim.body.chain as { answers: { statement: { claim: string } }[] }).answers[0]?.statement.claim).toBe(
      'claim:aleppo-2016/s9',
    );
    expect(claim.body.provenance).toEqual(await store.provenance('claim:aleppo-2016/s12'));
    const path = await get('/api/path?from=Lavrov&to=Kerry&edges=accuses,denies,responds');
    expect(path.body.path).toEqual(
      await store.shortestPath('actor:lavrov', 'actor:kerry', { edgeKinds: ['accuses', 'denies', 'responds'] }),
    );
  });

  it('gives a claim with its response chain as statements@1, the answers kept', async () => {
    const { status, body } = await get('/api/claims/aleppo-2016%2Fs9/statements');
    expect(status).toBe(200);
    expect(body.format).toBe('claimgraph/statements@1');
    const statements = body.statements as { id: string; speaker: string; responds: string[] }[];
    expect(statements.map((s) => [s.id, s.speaker, s.responds])).toEqual([
      ['aleppo-2016/s9', 'lavrov', []],
      ['aleppo-2016/s12', 'kerry', ['aleppo-2016/s9']],
    ]);
    expect((body.actors as { id: string }[]).map((a) => a.id)).toEqual(
      expect.arrayContaining(['lavrov', 'kerry', 'united-states', 'russia']),
    );
    expect((await get('/api/claims/aleppo-2016%2Fs999/statements')).status).toBe(404);
  });

  it('lets pages on this machine read it, and no other site unless allowed', async () => {
    const from = async (origin: string, server = app) =>
      (await server.inject({ method: 'GET', url: '/api/search?q=kerry', headers: { origin } })).headers[
        'access-control-allow-origin'
      ];
    expect(await from('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(await from('http://localhost:4173')).toBe('http://localhost:4173');
    expect(await from('https://evil.example')).toBeUndefined();
    const open = await createServer(store, { allowOrigins: ['https://viewer.example'] });
    expect(await from('https://viewer.example', open)).toBe('https://viewer.example');
    expect(await from('https://evil.example', open)).toBeUndefined();
    await open.close();
  });

  it('gives the actor network of a range of days, and refuses a range too long', async () => {
    const { status, body } = await get('/api/network?from=2016-12-01&to=2016-12-31&stances=accuses,denies');
    expect(status).toBe(200);
    const network = await store.actorNetwork({ from: '2016-12-01', to: '2016-12-31', stances: ['accuses', 'denies'] });
    expect((body.links as unknown[]).length).toBe(network.size);
    expect((await get('/api/network?from=2015-01-01&to=2016-12-31')).status).toBe(400);
    expect((await get('/api/network?from=2016-12-31&to=2016-12-01')).status).toBe(400);
  });

  it('answers bad parameters with 400 or 404 and one message', async () => {
    for (const url of [
      '/api/search',
      `/api/search?q=${'x'.repeat(LIMITS.text + 1)}`,
      '/api/search?q=a&extra=1',
      '/api/network?from=yesterday&to=2016-12-01',
      '/api/path?from=Lavrov',
      '/api/path?from=Lavrov&to=Kerry&edges=accuses,nonsense',
    ])
      expect((await get(url)).status, url).toBe(400);
    const unknown = await get('/api/actors/Nobody%20Anywhere');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/no actor matches "Nobody Anywhere"/);
  });

  it('takes SQL through every parameter as plain text', async () => {
    const encoded = INJECTIONS.map(encodeURIComponent);
    for (const bad of encoded) {
      const answers = [
        await get(`/api/search?q=${bad}`),
        await get(`/api/actors/${bad}`),
        await get(`/api/actors/Lavrov?depth=${bad}`),
        await get(`/api/actors/Lavrov?limit=${bad}`),
        await get(`/api/actors/${bad}/triples`),
        await get(`/api/actors/Russia/triples?role=${bad}`),
        await get(`/api/actors/Russia/triples?limit=${bad}`),
        await get(`/api/actors/Russia/triples?after=${bad}`),
        await get(`/api/actors/Russia/statements?members=${bad}`),
        await get(`/api/actors/Russia/statements?after=${bad}`),
        await get(`/api/actors/${bad}/reach`),
        await get(`/api/actors/Russia/reach?depth=${bad}`),
        await get(`/api/actors/Russia/reach?edges=${bad}`),
        await get(`/api/actors/Russia/reach?direction=${bad}`),
        await get(`/api/actors/Russia/reach?limit=${bad}`),
        await get(`/api/actors/Russia/reach?after=${bad}`),
        await get(`/api/claims/${bad}`),
        await get(`/api/claims/${bad}/statements`),
        await get(`/api/path?from=${bad}&to=Kerry`),
        await get(`/api/path?from=Lavrov&to=${bad}`),
        await get(`/api/path?from=Lavrov&to=Kerry&edges=${bad}`),
        await get(`/api/path?from=Lavrov&to=Kerry&directed=${bad}`),
        await get(`/api/network?from=${bad}&to=2016-12-31`),
        await get(`/api/network?from=2016-12-01&to=${bad}`),
        await get(`/api/network?from=2016-12-01&to=2016-12-31&stances=${bad}`),
        await get(`/api/network?from=2016-12-01&to=2016-12-31&min=${bad}`),
      ];
      for (const answer of answers) {
        expect([200, 400, 404]).toContain(answer.status);
        if (answer.status === 200) expect(answer.body.error).toBeUndefined();
        else expect(answer.body.error).toMatch(/^(bad request|claimgraph\/)/);
      }
    }
    expect(await store.counts()).toEqual(counts);
    expect((await get('/api/actors/Lavrov')).status).toBe(200);
  });
});
