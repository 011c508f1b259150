// The differential test: every provenance and corpus query, asked of the same corpus in memory
// (the graph an in-memory assembly builds) and in the store (documents written in shuffled
// batches), must give identical answers: on the Aleppo article's curated statements and on a
// generated corpus extracted by the real extractor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_KINDS } from '../../src/model/kinds.ts';
import { MemorySource, PgStore, type ClaimSource } from '../../src/store/index.ts';
import { freshDatabase, reportMissing, storeMissing, type TestDatabase } from '../support/store.ts';
import { aleppoResults, assembledGraph, batches, gazetteer, syntheticResults } from './corpus.ts';

const missing = await storeMissing();
reportMissing(missing);

/** The answer, or the error's message: both sides must fail alike too. */
async function answer(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe.skipIf(missing !== null)(
  'the store answers every query as the in-memory graph does',
  { timeout: 240_000 },
  () => {
    let db: TestDatabase;
    let store: PgStore;
    let memory: MemorySource;

    beforeAll(async () => {
      const results = [...(await aleppoResults()), ...syntheticResults(40)];
      memory = new MemorySource(assembledGraph(results));
      db = await freshDatabase();
      store = await PgStore.open(db.url, { gazetteer });
      for (const batch of batches(results, 6, 3)) await store.write(structuredClone(batch));
    }, 300_000);

    afterAll(async () => {
      await store?.close();
      await db?.drop();
    });

    const both = async (ask: (source: ClaimSource) => Promise<unknown>) => {
      const [expected, got] = [await answer(() => ask(memory)), await answer(() => ask(store))];
      expect(got).toEqual(expected);
      return expected;
    };

    const actors = () => memory.graph.filterNodes((_k, a) => a.kind === 'actor');
    const claims = () => memory.graph.filterNodes((_k, a) => a.kind === 'claim');
    const documents = () => memory.graph.filterNodes((_k, a) => a.kind === 'document');

    it('holds the same corpus', async () => {
      expect(actors().length).toBeGreaterThan(20);
      for (const key of [...actors(), ...claims().slice(0, 50), ...documents()]) await both((s) => s.node(key));
    });

    it('resolves names alike (keys, ids, labels, aliases, statement ids, ambiguous and unknown names)', async () => {
      for (const text of [
        'Russia',
        'lavrov',
        'Sergey Lavrov',
        'Moscow',
        'actor:us',
        'aleppo-2016/s9',
        's9',
        's1',
        'United States',
        'Kery',
        'nobody at all',
        'doc:aleppo-2016',
        '  ',
      ])
        await both((s) => s.resolveNode(text));
      for (const text of ['Russia', 'aleppo-2016/s9']) {
        await both((s) => s.resolveActor(text));
        await both((s) => s.resolveClaim(text));
      }
    });

    it('statements by, about and accusing each actor, with and without members', async () => {
      for (const actor of actors())
        for (const includeMembers of [false, true]) {
          await both((s) => s.statementsBy(actor, { includeMembers }));
          await both((s) => s.statementsAbout(actor, { includeMembers }));
          await both((s) => s.accusationsAgainst(actor, { includeMembers }));
        }
      await both((s) => s.statementsBy('claim:aleppo-2016/s9'));
      await both((s) => s.statementsBy('actor:nobody'));
    });

    it('triples for every actor and role, and all of them', async () => {
      for (const actor of actors())
        for (const role of ['speaker', 'subject', 'either'] as const) await both((s) => s.triples(actor, { role }));
      await both((s) => s.triples());
      await both((s) => s.triples(undefined, { role: 'speaker' }));
    });

    it('triples and statements by an actor a page at a time: the same pages, which together are the whole answer', async () => {
      /** Every page from the first, through both sources (each page compared), concatenated. */
      const walk = async <T>(ask: (s: ClaimSource, after?: string) => Promise<{ items: T[]; next?: string }>) => {
        const all: T[] = [];
        let after: string | undefined;
        for (let pages = 0; pages < 1000; pages++) {
          const page = (await both((s) => ask(s, after))) as { items: T[]; next?: string };
          all.push(...page.items);
          if (page.next === undefined) return all;
          after = page.next;
        }
        throw new Error('paging does not end');
      };
      const busy = actors().slice(0, 12);
      for (const actor of busy)
        for (const role of ['speaker', 'subject', 'either'] as const)
          for (const limit of [1, 3]) {
            const whole = await walk((s, after) => s.triplesPage(actor, { role, limit, ...(after ? { after } : {}) }));
            expect(whole).toEqual(await memory.triples(actor, { role }));
          }
      for (const actor of busy)
        for (const includeMembers of [false, true]) {
          const whole = await walk((s, after) =>
            s.statementsByPage(actor, { includeMembers, limit: 2, ...(after ? { after } : {}) }),
          );
          expect(whole).toEqual(await memory.statementsBy(actor, { includeMembers }));
        }
      expect(await walk((s, after) => s.triplesPage(undefined, { limit: 50, ...(after ? { after } : {}) }))).toEqual(
        await memory.triples(),
      );
      // a page holds whole documents and at least `limit` items, unless it is the last
      const first = await store.triplesPage(undefined, { limit: 5 });
      expect(first.items.length).toBeGreaterThanOrEqual(5);
      expect(first.next).toBeDefined();
      const docs = new Set(first.items.map((t) => t.doc));
      expect((await memory.triples()).filter((t) => docs.has(t.doc))).toEqual(first.items);
      // bad page options fail alike
      await both((s) => s.triplesPage(busy[0], { limit: 0 }));
      await both((s) => s.triplesPage(busy[0], { after: 'not a cursor' }));
      await both((s) => s.statementsByPage('actor:nobody'));
      // a key that is no actor fails as in memory, before any bad option (the check runs beside the first read)
      const doc = documents()[0] as string;
      const claim = claims()[0] as string;
      for (const key of ['actor:nobody', doc, claim, 'nobody', 5 as never]) {
        await both((s) => s.triplesPage(key));
        await both((s) => s.triplesPage(key, { role: 'boss' as never }));
        await both((s) => s.statementsByPage(key));
        await both((s) => s.statementsByPage(key, { includeMembers: 'yes' as never }));
        await both((s) => s.statementsByPage(key, { includeMembers: true }));
      }
      await both((s) => s.triplesPage(busy[0], { role: 'boss' as never }));
      await both((s) => s.statementsByPage(busy[0] as string, { includeMembers: 'yes' as never }));
      await both((s) => s.triplesPage(undefined, { role: 'speaker' }));
    });

    it('statements in each document, contested claims, response chains and provenance', async () => {
      for (const doc of documents()) await both((s) => s.statementsInDocument(doc));
      await both((s) => s.contested());
      await both((s) => s.contested({ stances: ['rejects'] }));
      for (const claim of claims()) {
        await both((s) => s.responseChain(claim));
        await both((s) => s.provenance(claim));
      }
      await both((s) => s.responseChain('claim:aleppo-2016/s12', { depth: 1 }));
    });

    it('reach in every direction and along chosen edge kinds', async () => {
      for (const actor of actors().slice(0, 25)) {
        await both((s) => s.reach(actor));
        await both((s) =>
          s.reach(actor, { edgeKinds: ['accuses', 'targets', 'memberOf'], depth: 3, direction: 'out' }),
        );
        await both((s) =>
          s.reach(actor, { edgeKinds: ['about', 'asserts', 'denies', 'responds'], depth: 4, direction: 'in' }),
        );
        // kinds that leave some neighbours' first edges out (publishes, reports, corroborates) unread
        await both((s) =>
          s.reach(actor, { edgeKinds: ['accuses', 'denies', 'targets', 'about', 'asserts', 'rejects'] }),
        );
        await both((s) => s.reach(actor, { edgeKinds: ['publishes', 'corroborates', 'reports'], depth: 3 }));
      }
      await both((s) => s.reach('actor:lavrov', { edgeKinds: ['accuses', 'targets'], depth: 2, direction: 'out' }));
      await both((s) => s.reach('actor:lavrov', { depth: -1 }));
    });

    it('reach a page at a time: the same pages, which together are the whole answer', async () => {
      const walks = [
        {},
        { edgeKinds: ['accuses', 'denies', 'targets', 'about', 'asserts', 'rejects'] },
        { edgeKinds: ['accuses', 'targets', 'memberOf'], depth: 3, direction: 'out' },
        { edgeKinds: ['about', 'asserts', 'denies', 'responds'], depth: 4, direction: 'in' },
        { edgeKinds: ['publishes', 'corroborates', 'reports'], depth: 3 },
        { edgeKinds: ['memberOf', 'asserts', 'publishes'], depth: 2 },
      ] as const;
      const outlets = memory.graph.filterNodes(
        (key, a) => a.kind === 'actor' && memory.graph.someOutEdge(key, (_e, e) => e.kind === 'publishes'),
      );
      expect(outlets.length).toBeGreaterThan(0);
      for (const actor of [...actors().slice(0, 12), ...outlets.slice(0, 3)])
        for (const options of walks)
          for (const limit of [1, 7, 40]) {
            const whole: unknown[] = [];
            let after: string | undefined;
            for (let pages = 0; ; pages++) {
              if (pages > 5000) throw new Error('paging does not end');
              const page = (await both((s) =>
                s.reachPage(actor, { ...options, limit, ...(after ? { after } : {}) }),
              )) as { items: unknown[]; next?: string };
              whole.push(...page.items);
              expect(page.items.length).toBe(page.next === undefined ? page.items.length : limit);
              if (page.next === undefined) break;
              after = page.next;
            }
            expect(whole).toEqual(await memory.reach(actor, options));
          }
      // bad page options and cursors fail alike
      const actor = actors()[0] as string;
      await both((s) => s.reachPage(actor, { limit: 0 }));
      await both((s) => s.reachPage(actor, { after: 'not a cursor' }));
      await both((s) => s.reachPage(actor, { after: '61' }));
      await both((s) => s.reachPage(actor, { after: 'ff' }));
      await both((s) => s.reachPage(actor, { depth: -1, limit: 3 }));
      await both((s) => s.reachPage('actor:nobody'));
    });

    it('shortest paths between actors', async () => {
      const list = actors();
      for (let i = 0; i < 30; i++) {
        const [from, to] = [list[(i * 7) % list.length] as string, list[(i * 13 + 5) % list.length] as string];
        await both((s) => s.shortestPath(from, to));
        await both((s) =>
          s.shortestPath(from, to, { edgeKinds: ['accuses', 'denies', 'responds', 'targets', 'about'] }),
        );
        await both((s) => s.shortestPath(from, to, { edgeKinds: [...EDGE_KINDS], directed: true }));
      }
      await both((s) => s.shortestPath('actor:lavrov', 'actor:kerry'));
    });

    it('corpus queries: corroboration, changes of position, the accusation network', async () => {
      for (const claim of claims().slice(0, 80)) await both((s) => s.corroboration(claim));
      await both((s) => s.corroborations());
      await both((s) => s.corroborations({ minDocuments: 1 }));
      for (const actor of actors().slice(0, 10)) await both((s) => s.positionChanges({ actor }));
      await both((s) => s.positionChanges());
      const edges = async (source: ClaimSource) => {
        const network = await source.accusationNetwork();
        return {
          nodes: network.nodes().map((n) => [n, network.getNodeAttributes(n)]),
          edges: network.mapEdges((_e, a, f, t) => [f, t, a]),
        };
      };
      await both(edges);
    });

    it("the actor network (the viewer's), whole, by stance and by date range", async () => {
      const network = async (source: ClaimSource, options: Parameters<ClaimSource['actorNetwork']>[0]) => {
        const found = await source.actorNetwork(options);
        return { nodes: found.mapNodes((n, a) => [n, a]), edges: found.mapEdges((e, a, f, t) => [e, f, t, a]) };
      };
      await both((s) => network(s, {}));
      await both((s) => network(s, { stances: ['accuses', 'denies'], minStatements: 2 }));
      await both((s) => network(s, { from: '2016-12-01', to: '2016-12-07' }));
      await both((s) => network(s, { from: 'Dec. 3, 2016' }));
      await both((s) => network(s, { from: 'someday' }));
    });
  },
);
