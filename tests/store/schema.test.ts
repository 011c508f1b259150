// A store made by an older claimgraph is brought up to the current schema when it is opened
// (src/store/schema.ts UPGRADES), its data kept, and answers as a store made afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../src/store/index.ts';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { freshDatabase, reportMissing, storeMissing, type TestDatabase } from '../support/store.ts';
import { aleppoResults, gazetteer } from './corpus.ts';

const missing = await storeMissing();
reportMissing(missing);

describe.skipIf(missing !== null)('the store schema', { timeout: 120_000 }, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('upgrades a version 1 store (links without their order key) when opened, keeping what it holds', async () => {
    const store = await PgStore.open(db.url, { gazetteer });
    await store.write(await aleppoResults());
    const before = {
      triples: await store.triples('actor:russia'),
      page: await store.triplesPage('actor:russia', { limit: 2 }),
    };
    // as version 1 left it
    await store.pool.query(
      `DROP INDEX links_actor; ALTER TABLE links DROP COLUMN pos; CREATE INDEX links_actor ON links (actor) WHERE NOT dup;
       UPDATE cg_meta SET value = '1' WHERE key = 'schema'`,
    );
    await store.close();
    const reopened = await PgStore.open(db.url, { gazetteer });
    try {
      const version = await reopened.pool.query<{ value: string }>(`SELECT value FROM cg_meta WHERE key = 'schema'`);
      expect(version.rows[0]?.value).toBe(SCHEMA_VERSION);
      expect(await reopened.triples('actor:russia')).toEqual(before.triples);
      expect(await reopened.triplesPage('actor:russia', { limit: 2 })).toEqual(before.page);
    } finally {
      await reopened.close();
    }
  });

  it('refuses a store of a version it does not know, in one line', async () => {
    const store = await PgStore.open(db.url, { gazetteer });
    await store.pool.query(`UPDATE cg_meta SET value = '99' WHERE key = 'schema'`);
    await store.close();
    await expect(PgStore.open(db.url, { gazetteer })).rejects.toThrow(
      `the store's schema is version 99, this claimgraph reads ${SCHEMA_VERSION}`,
    );
  });
});
