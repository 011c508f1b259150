// The writer keeps actor_pairs (which actors statements name together) equal to counting every
// statement afresh, after each batch: documents added in shuffled batches (identity moving
// extracted ids to other actors as names merge), documents replaced by changed ones, and a store
// upgraded from schema 2 counts what it holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocResult } from '../../src/corpus/assemble.ts';
import type { ActorRecord } from '../../src/model/index.ts';
import { PgStore } from '../../src/store/index.ts';
import { PAIRS_FROM_SCRATCH } from '../../src/store/write/pairs.ts';
import { freshDatabase, reportMissing, storeMissing, type TestDatabase } from '../support/store.ts';
import { aleppoResults, batches, gazetteer, syntheticResults } from './corpus.ts';

const missing = await storeMissing();
reportMissing(missing);

type Pair = { a: string; b: string; n: number };
const sorted = (rows: Pair[]) => rows.map((r) => `${r.a} ${r.b} ${r.n}`).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

describe.skipIf(missing !== null)('actor_pairs', { timeout: 240_000 }, () => {
  let db: TestDatabase;
  let store: PgStore;

  const kept = async () => sorted((await store.pool.query<Pair>('SELECT a, b, n FROM actor_pairs')).rows);
  const counted = async () => sorted((await store.pool.query<Pair>(PAIRS_FROM_SCRATCH)).rows);
  /** A digest of the actors the statements held before a batch name: identity may move some to another actor. */
  const held = async (batch: readonly DocResult[]) =>
    (
      await store.pool.query<{ named: string | null }>(
        `SELECT md5(string_agg(x, ',' ORDER BY x)) AS named FROM (
           SELECT doc || '/' || id || ' ' || speaker AS x FROM statements WHERE doc <> ALL($1::text[])
           UNION ALL SELECT doc || '/' || statement || ' ' || actor FROM links WHERE doc <> ALL($1::text[])) n`,
        [batch.map((r) => r.document.id)],
      )
    ).rows[0]?.named;

  beforeAll(async () => {
    db = await freshDatabase();
    store = await PgStore.open(db.url, { gazetteer });
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('is what counting the statements gives after every batch, as identity merges and documents change', async () => {
    const results = [...(await aleppoResults()), ...syntheticResults(30, 7)];
    let moved = 0;
    for (const batch of batches(results, 5, 9)) {
      const before = await held(batch);
      await store.write(structuredClone(batch));
      if ((await held(batch)) !== before) moved++;
      expect(await kept()).toEqual(await counted());
    }
    // a name that is another actor's alias joins it: whichever of the two ids is kept, one of the
    // two orders moves the statements already held that name the other
    const fresh = syntheticResults(4, 13);
    const naming = (result: DocResult | undefined, actor: ActorRecord): DocResult[] => {
      const copy = structuredClone(result as DocResult);
      copy.actors.push(actor);
      copy.statements[0]?.targets.push(actor.id);
      return [copy];
    };
    const org = (id: string, label: string, aliases: string[] = []): ActorRecord => ({
      id,
      label,
      kind: 'company',
      aliases,
    });
    for (const batch of [
      naming(fresh[0], org('zed-holdings', 'Zed Holdings')),
      naming(fresh[1], org('zedco', 'Zedco', ['Zed Holdings'])),
      naming(fresh[2], org('quillon', 'Quillon', ['Marrow Brothers'])),
      naming(fresh[3], org('marrow-brothers', 'Marrow Brothers')),
    ]) {
      const before = await held(batch);
      await store.write(batch);
      if ((await held(batch)) !== before) moved++;
      expect(await kept()).toEqual(await counted());
    }
    expect(moved).toBeGreaterThan(0);

    // documents replaced: each loses its last statement and names its first speaker in the next one's targets
    const changed: DocResult[] = results.slice(0, 6).map((result) => {
      const copy = structuredClone(result);
      copy.document.hash = `${copy.document.hash ?? ''}-changed`;
      copy.statements = copy.statements.slice(0, -1);
      const [first, second] = copy.statements;
      if (first && second) second.targets = [...second.targets, first.speaker];
      return copy;
    });
    const outcome = await store.write(changed);
    expect(outcome.replaced).toBe(6);
    expect(await kept()).toEqual(await counted());
    expect((await kept()).length).toBeGreaterThan(100);
  });

  it('is counted when a schema 2 store is opened', async () => {
    const want = await kept();
    await store.pool.query(`DROP TABLE actor_pairs; UPDATE cg_meta SET value = '2' WHERE key = 'schema'`);
    await store.close();
    store = await PgStore.open(db.url, { gazetteer });
    expect(
      (await store.pool.query<{ value: string }>(`SELECT value FROM cg_meta WHERE key = 'schema'`)).rows[0]?.value,
    ).toBe('3');
    expect(await kept()).toEqual(want);
  });
});
