// Ingest into a store: four `claimgraph ingest --store` processes writing at once give the same
// store as one run (and as the in-memory corpus); re-ingesting changes nothing; a run killed
// midway leaves only whole documents, and the next run completes it to the same store.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gazetteerEntries } from '../../src/extract/index.ts';
import { PgStore } from '../../src/store/index.ts';
import { generateCorpus } from '../../src/synth/index.ts';
import { REPO, runCli, runCliProcess } from '../support/cli.ts';
import { freshDatabase, reportMissing, storeMissing, type TestDatabase } from '../support/store.ts';
import { tempDirs } from '../support/tempDir.ts';

const missing = await storeMissing();
reportMissing(missing);

const ALEPPO = join(REPO, 'graph/articles/aleppo-2016.txt');
const newDir = tempDirs('store-ingest');

async function exported(url: string): Promise<unknown> {
  const store = await PgStore.open(url);
  try {
    let text = '';
    for await (const chunk of store.exportStatements()) text += chunk;
    return JSON.parse(text);
  } finally {
    await store.close();
  }
}

describe.skipIf(missing !== null)('claimgraph ingest --store', () => {
  let dir: string;
  let parts: string[];
  let whole: string;
  const dbs: TestDatabase[] = [];
  const database = async () => {
    const db = await freshDatabase();
    dbs.push(db);
    return db.url;
  };

  beforeAll(async () => {
    dir = newDir();
    const { articles } = generateCorpus({ articles: 48, gazetteer: gazetteerEntries(), seed: 5 });
    const line = (a: (typeof articles)[number]) => `${JSON.stringify(a)}\n`;
    whole = join(dir, 'all.jsonl');
    await writeFile(whole, articles.map(line).join(''));
    parts = [];
    for (let i = 0; i < 4; i++) {
      const part = join(dir, `part${i}.jsonl`);
      // the quarters overlap by a few articles: two writers may bring the same document
      await writeFile(
        part,
        articles
          .filter((_a, j) => j % 4 === i || j % 11 === 0)
          .map(line)
          .join(''),
      );
      parts.push(part);
    }
  });

  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  it('four processes at once give the store one run gives, and the in-memory corpus', async () => {
    const [together, alone] = [await database(), await database()];
    const runs = await Promise.all(
      parts.map((part) =>
        runCliProcess('ingest', ALEPPO, part, '--store', together, '--workers', '0', '--batch', '3', '--no-progress'),
      ),
    );
    for (const run of runs) expect(run.stderr).toMatch(/ingest: postgres:/);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const one = await runCli('ingest', ALEPPO, whole, '--store', alone, '--workers', '0', '--no-progress');
    expect(one.code).toBe(0);
    const file = join(dir, 'corpus.statements.json');
    expect((await runCli('ingest', ALEPPO, whole, '-o', file, '--workers', '0', '--no-progress')).code).toBe(0);

    const [a, b] = [await exported(together), await exported(alone)];
    expect(a).toEqual(b);
    const inMemory = await runCli('query', 'triples', 'Russia', '--graph', file);
    const fromStore = await runCli('query', 'triples', 'Russia', '--store', together);
    expect(fromStore.stdout).toBe(inMemory.stdout);
    expect(fromStore.stdout).toMatch(/aleppo-2016\/s\d+/);
    const changes = [
      await runCli('corpus', 'changes', '--store', together, '--json'),
      await runCli('corpus', 'changes', '-g', file, '--json'),
    ];
    expect(changes[0]?.stdout).toBe(changes[1]?.stdout);

    // re-ingesting changes nothing
    const again = await runCli('ingest', ALEPPO, whole, '--store', alone, '--workers', '0', '--no-progress');
    expect(again.stderr).toMatch(/0 extracted .* 49 already ingested/);
    expect(await exported(alone)).toEqual(b);
  }, 600_000);

  it('a run killed midway leaves whole documents only, and the next run completes it', async () => {
    const [killed, reference] = [await database(), await database()];
    const child = spawn(
      process.execPath,
      ['bin/claimgraph.mjs', 'ingest', whole, '--store', killed, '--workers', '0', '--batch', '2', '--no-progress'],
      { cwd: REPO },
    );
    const probe = await PgStore.open(killed);
    try {
      for (let waited = 0; waited < 120_000; waited += 200) {
        const { documents } = await probe.counts().catch(() => ({ documents: 0 }));
        if (documents >= 6) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const { rows } = await probe.pool.query<{ bad: number; docs: number }>(
        `SELECT count(*) FILTER (WHERE d.statements <> (SELECT count(*) FROM statements s WHERE s.doc = d.id))::int AS bad,
                count(*)::int AS docs FROM documents d`,
      );
      expect(rows[0]?.bad).toBe(0);
      expect(rows[0]?.docs).toBeGreaterThan(0);
      expect(rows[0]?.docs).toBeLessThan(48);
    } finally {
      await probe.close();
    }
    expect((await runCli('ingest', whole, '--store', killed, '--workers', '0', '--no-progress')).code).toBe(0);
    expect((await runCli('ingest', whole, '--store', reference, '--workers', '0', '--no-progress')).code).toBe(0);
    expect(await exported(killed)).toEqual(await exported(reference));
  }, 600_000);

  it('refuses a bad store address or an unreachable server in one line', async () => {
    const bad = await runCli('query', 'triples', 'Russia', '--store', 'not a url');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'claimgraph: claimgraph/store: not a store address: "not a url" (expected postgres://user@host:port/database)\n',
    );
    const down = await runCli('query', 'triples', 'Russia', '--store', 'postgres://cg@127.0.0.1:1/none');
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(
      /^claimgraph: claimgraph\/store: store postgres:\/\/cg@127\.0\.0\.1:1\/none: no server is listening there/,
    );
    expect(down.stderr.trim().split('\n')).toHaveLength(1);
  });
});
