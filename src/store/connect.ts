// Opening a store: a pool of connections to a PostgreSQL database given by a postgres:// URL,
// the schema created on first use (under a lock, so that several processes may open one store
// at once), and the errors of a server that cannot be reached turned into one clear line.
import type { Pool as PgPool, PoolClient } from 'pg';
import { StoreError } from '../errors.ts';
import { SCHEMA, SCHEMA_VERSION, UPGRADES } from './schema.ts';

const MODULE = 'claimgraph/store';
/** pg_advisory_lock keys: schema creation, and the writers' lock (one batch is written at a time). */
export const SCHEMA_LOCK = 4_242_001;
export const WRITE_LOCK = 4_242_002;

/** The URL without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return JSON.stringify(url);
  }
}

export function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StoreError(
      MODULE,
      `not a store address: ${JSON.stringify(url)} (expected postgres://user@host:port/database)`,
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new StoreError(
      MODULE,
      `not a store address: ${describeUrl(url)} (expected postgres://user@host:port/database)`,
    );
}

/** An error of the server or the connection, as one line naming the store. */
export function storeError(url: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const reason =
    code === 'ECONNREFUSED'
      ? 'no server is listening there (start one with npm run store:start)'
      : code === '3D000'
        ? `${message} (create it, or start a local store with npm run store:start)`
        : message;
  return new StoreError(MODULE, `store ${describeUrl(url)}: ${reason}`, { cause: error });
}

export async function openPool(url: string, options: { max?: number } = {}): Promise<PgPool> {
  checkUrl(url);
  const { default: pg } = await import('pg');
  // bigint counts come back as numbers (they stay far below 2⁵³ here)
  pg.types.setTypeParser(20, (value: string) => Number(value));
  // JIT compilation costs tens of milliseconds a query and pays only on long scans; the store's reads
  // are short index walks (an `options` in the URL overrides this)
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    connectionTimeoutMillis: 10_000,
    options: '-c jit=off',
  });
  pool.on('error', () => {
    // an idle connection dropped by the server: the next query reports it
  });
  let client: PoolClient | undefined;
  try {
    client = await pool.connect();
    await ensureSchema(client);
  } catch (error) {
    client?.release();
    await pool.end().catch(() => undefined);
    throw storeError(url, error);
  }
  client.release();
  return pool;
}

async function ensureSchema(client: PoolClient): Promise<void> {
  const found = await client
    .query<{ value: string }>(`SELECT value FROM cg_meta WHERE key = 'schema'`)
    .catch(() => undefined);
  const version = found?.rows[0]?.value;
  if (version === SCHEMA_VERSION) return;
  if (version !== undefined && UPGRADES[version] !== undefined) return upgrade(client);
  if (version !== undefined)
    throw new StoreError(MODULE, `the store's schema is version ${version}, this claimgraph reads ${SCHEMA_VERSION}`);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    await client.query(
      `INSERT INTO cg_meta (key, value) VALUES ('schema', $1), ('gen', '0'), ('merges', '0') ON CONFLICT (key) DO NOTHING`,
      [SCHEMA_VERSION],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Brings an older store up to this schema, a version at a time, under the schema lock (the first process to come does it). */
async function upgrade(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    let version = (await client.query<{ value: string }>(`SELECT value FROM cg_meta WHERE key = 'schema'`)).rows[0]
      ?.value as string;
    while (version !== SCHEMA_VERSION) {
      const step = UPGRADES[version];
      if (step === undefined)
        throw new StoreError(
          MODULE,
          `the store's schema is version ${version}, this claimgraph reads ${SCHEMA_VERSION}`,
        );
      await client.query(step);
      version = (await client.query<{ value: string }>(`SELECT value FROM cg_meta WHERE key = 'schema'`)).rows[0]
        ?.value as string;
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
