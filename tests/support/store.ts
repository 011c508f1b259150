// The PostgreSQL server the store tests use: CLAIMGRAPH_TEST_STORE (a postgres:// URL; .ci/run
// starts a throw-away cluster and sets it), else the local store of `npm run store:start`. Each
// test file works in a database of its own, made here and dropped after.
import pg from 'pg';
import { describe, expect, it } from 'vitest';

export const STORE_URL = process.env.CLAIMGRAPH_TEST_STORE ?? 'postgres://cg@127.0.0.1:54329/claimgraph';

/** Null when the server answers; otherwise the line to print (the tests skip, or fail under CI=true). */
export async function storeMissing(): Promise<string | null> {
  const client = new pg.Client({ connectionString: STORE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `store tests skipped: no PostgreSQL at ${STORE_URL} (${(error as Error).message}; npm run store:start, or set CLAIMGRAPH_TEST_STORE)`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Prints why the store tests skip; under CI=true, adds a failing test instead. */
export function reportMissing(missing: string | null): void {
  if (!missing) return;
  console.log(missing);
  if (process.env.CI === 'true')
    describe('store tests under CI', () => {
      it('need a PostgreSQL server', () => {
        expect(missing).toBeNull();
      });
    });
}

let made = 0;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test server. */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = `cg_test_${process.pid}_${Date.now().toString(36)}_${made++}`;
  const admin = new pg.Client({ connectionString: STORE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(STORE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: STORE_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
