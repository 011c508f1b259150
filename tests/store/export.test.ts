// The store's export of an actor's neighbourhood (`export --actor X --depth N`, the server's
// /api/actors/:actor): the statements naming an actor reached in depth − 1 steps (a step: every
// actor the statements naming a reached actor name), within the date range, the first `limit` in
// corpus order. Checked against that definition computed here from the whole export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicationKey } from '../../src/corpus/assemble.ts';
import type { StatementsFile } from '../../src/model/index.ts';
import { PgStore } from '../../src/store/index.ts';
import { NEIGHBOURHOOD, type Selection } from '../../src/store/read/export.ts';
import { freshDatabase, reportMissing, storeMissing, type TestDatabase } from '../support/store.ts';
import { aleppoResults, batches, gazetteer, syntheticResults } from './corpus.ts';

const missing = await storeMissing();
reportMissing(missing);

describe.skipIf(missing !== null)("the store's export of an actor's neighbourhood", { timeout: 240_000 }, () => {
  let db: TestDatabase;
  let store: PgStore;
  let whole: StatementsFile;

  const exported = async (selection: Selection): Promise<StatementsFile> => {
    let text = '';
    for await (const chunk of store.exportStatements({ ...selection, texts: false })) text += chunk;
    return JSON.parse(text) as StatementsFile;
  };

  beforeAll(async () => {
    db = await freshDatabase();
    store = await PgStore.open(db.url, { gazetteer });
    for (const batch of batches([...(await aleppoResults()), ...syntheticResults(30)], 7, 5)) await store.write(batch);
    whole = await exported({});
  }, 300_000);

  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  /** The selection by its definition, in corpus order (the whole export's order). */
  function expected(actor: string, depth: number, docs?: ReadonlySet<string>, limit?: number): string[] {
    const statements = whole.statements.filter((st) => docs === undefined || docs.has(st.doc));
    const named = (st: (typeof statements)[number]) => [st.speaker, ...st.about, ...st.targets];
    let reached = new Set([actor]);
    for (let step = 1; step < depth; step++)
      reached = new Set([
        ...reached,
        ...statements.filter((st) => named(st).some((a) => reached.has(a))).flatMap(named),
      ]);
    const picked = statements.filter((st) => named(st).some((a) => reached.has(a))).map((st) => st.id);
    return limit === undefined ? picked : picked.slice(0, limit);
  }

  it('selects by the definition, for busy and quiet actors, every depth, with and without a limit', async () => {
    const counts = new Map<string, number>();
    for (const st of whole.statements) counts.set(st.speaker, (counts.get(st.speaker) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    const actors = [...ranked.slice(0, 4), ...ranked.slice(-4), 'lavrov'];
    let limited = 0;
    // each reached actor's first statements, statements in corpus order, and the cheaper of the two
    for (const way of ['actors', 'order', undefined] as const)
      for (const actor of actors)
        for (const depth of [1, 2, 3])
          for (const limit of [undefined, 1, 5, 40]) {
            NEIGHBOURHOOD.way = way;
            const want = expected(actor, depth, undefined, limit);
            const got = (await exported({ actor, depth, ...(limit ? { limit } : {}) })).statements.map((st) => st.id);
            expect(got).toEqual(want);
            if (limit !== undefined && expected(actor, depth).length > limit) limited++;
          }
    delete NEIGHBOURHOOD.way;
    // the limits cut some selections short
    expect(limited).toBeGreaterThan(10);
  });

  it('after a reader that stopped early, the same connection selects afresh', async () => {
    const one = await PgStore.open(db.url, { connections: 1 });
    try {
      const text = async (selection: Selection, stopEarly = false) => {
        let out = '';
        for await (const chunk of one.exportStatements({ ...selection, texts: false })) {
          out += chunk;
          if (stopEarly) break;
        }
        return out;
      };
      const busy = whole.statements[0]?.speaker as string;
      await text({ actor: busy, depth: 2, limit: 40 }, true);
      const got = JSON.parse(await text({ actor: 'lavrov', depth: 1, limit: 5 })) as StatementsFile;
      expect(got.statements.map((st) => st.id)).toEqual(expected('lavrov', 1, undefined, 5));
    } finally {
      await one.close();
    }
  });

  it('within a date range', async () => {
    // the generated articles' last day (the Aleppo article and the first day's are left out)
    const last = whole.documents.map((d) => d.published ?? '').sort()[whole.documents.length - 1] as string;
    const range = { from: last.slice(0, 10), to: last.slice(0, 10) };
    const docs = new Set((await exported(range)).documents.map((d) => d.id));
    expect(docs.size).toBeGreaterThan(0);
    expect(docs.size).toBeLessThan(whole.documents.length);
    // the documents of a range are those whose date is in it, a bound or both
    const days = [...new Set(whole.documents.map((d) => publicationKey(d).slice(0, 10)))].sort();
    const middle = days[Math.floor(days.length / 2)] as string;
    for (const bounds of [range, { from: middle }, { to: middle }, { from: days[1] as string, to: middle }]) {
      const want = whole.documents
        .filter((d) => {
          const key = publicationKey(d);
          return (
            (bounds.from === undefined || key >= bounds.from) && (bounds.to === undefined || key < `${bounds.to}z`)
          );
        })
        .map((d) => d.id);
      expect((await exported(bounds)).documents.map((d) => d.id).sort()).toEqual(want.sort());
    }
    for (const way of ['actors', 'order', undefined] as const)
      for (const actor of ['lavrov', whole.statements[0]?.speaker as string])
        for (const depth of [1, 2])
          for (const limit of [undefined, 3]) {
            NEIGHBOURHOOD.way = way;
            const got = (await exported({ actor, depth, ...range, ...(limit ? { limit } : {}) })).statements.map(
              (st) => st.id,
            );
            expect(got).toEqual(expected(actor, depth, docs, limit));
          }
    delete NEIGHBOURHOOD.way;
  });
});
