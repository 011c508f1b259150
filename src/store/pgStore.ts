// PgStore: a claimgraph corpus in PostgreSQL. Writing (ingest's sink, one transaction per batch)
// and reading (every provenance and corpus query in SQL, streamed export) go through it; the
// `pg` client is loaded only when a store is opened, so commands without --store never load it.
import type { Pool } from 'pg';
import { DEFAULT_SIMILARITY } from '../corpus/cluster/index.ts';
import type { DocResult } from '../corpus/assemble.ts';
import { ClaimGraphError, StoreError } from '../errors.ts';
import type { GazetteerEntry } from '../extract/index.ts';
import { describeUrl, openPool, storeError } from './connect.ts';
import * as corpus from './read/corpus.ts';
import { exportStatements, type Selection } from './read/export.ts';
import { actorNetwork } from './read/network.ts';
import { nodeOf } from './read/refs.ts';
import { resolveNode, search } from './read/resolve.ts';
import * as statements from './read/statements.ts';
import { reach, shortestPath } from './read/walk.ts';
import { statementsByPage, triplesPage } from './read/pages.ts';
import { reachPage } from './read/reachPages.ts';
import type { PageOptions } from './page.ts';
import type { ClaimSource, MembersOptions } from './source.ts';
import type { NodeKind } from '../model/kinds.ts';
import type * as q from '../query/index.ts';
import type { ActorNetworkOptions } from '../corpus/queries/index.ts';
import { StoreWriter, type BatchOutcome } from './write/writer.ts';

const MODULE = 'claimgraph/store';
/** The tables a write changes. */
const TIDIED = ['documents', 'doc_actors', 'statements', 'links', 'actor_groups', 'actors', 'outlets', 'actor_pairs'];

export interface StoreOptions {
  /** The gazetteer identity resolves names with (ingest passes the project's). */
  gazetteer?: readonly GazetteerEntry[];
  /** Content similarity of corroborating reports; fixed for a store by its first write. */
  similarity?: number;
  /** Connections in the pool (default 4). */
  connections?: number;
}

export interface StoreCounts {
  documents: number;
  statements: number;
  actors: number;
  clusters: number;
  merges: number;
}

export class PgStore implements ClaimSource {
  readonly name: string;
  private writer?: StoreWriter;

  private constructor(
    readonly pool: Pool,
    readonly url: string,
    private readonly options: StoreOptions,
  ) {
    this.name = describeUrl(url);
  }

  static async open(url: string, options: StoreOptions = {}): Promise<PgStore> {
    const pool = await openPool(url, { max: options.connections });
    return new PgStore(pool, url, options);
  }

  /** Runs a read, turning server errors into one line naming the store. */
  async read<T>(work: (pool: Pool) => Promise<T>): Promise<T> {
    try {
      return await work(this.pool);
    } catch (error) {
      if (error instanceof ClaimGraphError) throw error;
      throw storeError(this.url, error);
    }
  }

  resolveNode = (text: string, options?: { kinds?: readonly NodeKind[] }) =>
    this.read((pool) => resolveNode(pool, text, options));
  resolveActor = (text: string) => this.resolveNode(text, { kinds: ['actor'] });
  resolveClaim = (text: string) => this.resolveNode(text, { kinds: ['claim'] });
  node = (key: string) => this.read((pool) => nodeOf(pool, key));
  statementsBy = (actor: string, options?: MembersOptions) =>
    this.read((pool) => statements.statementsBy(pool, actor, options));
  statementsAbout = (actor: string, options?: MembersOptions) =>
    this.read((pool) => statements.statementsAbout(pool, actor, options));
  accusationsAgainst = (actor: string, options?: MembersOptions) =>
    this.read((pool) => statements.accusationsAgainst(pool, actor, options));
  statementsInDocument = (doc: string) => this.read((pool) => statements.statementsInDocument(pool, doc));
  triples = (actor?: string, options?: q.TriplesOptions) =>
    this.read((pool) => statements.triples(pool, actor, options));
  triplesPage = (actor?: string, options?: q.TriplesOptions & PageOptions) =>
    this.read((pool) => triplesPage(pool, actor, options));
  statementsByPage = (actor: string, options?: MembersOptions & PageOptions) =>
    this.read((pool) => statementsByPage(pool, actor, options));
  contested = (options?: q.ContestedOptions) => this.read((pool) => statements.contested(pool, options));
  responseChain = (claim: string, options?: q.ResponseChainOptions) =>
    this.read((pool) => statements.responseChain(pool, claim, options));
  provenance = (claim: string) => this.read((pool) => statements.provenance(pool, claim));
  reach = (actor: string, options?: q.ReachOptions) => this.read((pool) => reach(pool, actor, options));
  reachPage = (actor: string, options?: q.ReachOptions & PageOptions) =>
    this.read((pool) => reachPage(pool, actor, options));
  shortestPath = (from: string, to: string, options?: q.ShortestPathOptions) =>
    this.read((pool) => shortestPath(pool, from, to, options));
  corroboration = (claim: string) => this.read((pool) => corpus.corroboration(pool, claim));
  corroborations = (options?: { minDocuments?: number; speaker?: string }) =>
    this.read((pool) => corpus.corroborations(pool, options));
  positionChanges = (options?: { actor?: string; similarity?: number }) =>
    this.read((pool) => corpus.positionChanges(pool, options));
  accusationNetwork = (options?: { minStatements?: number }) =>
    this.read((pool) => corpus.accusationNetwork(pool, options));

  actorNetwork = (options?: ActorNetworkOptions) => this.read((pool) => actorNetwork(pool, options));

  /** Actors by name and claims by words, at most `limit` of each. */
  search = (text: string, limit: number) => this.read((pool) => search(pool, text, limit));

  async documentHashes(): Promise<Map<string, string>> {
    return this.read(async (pool) => {
      const { rows } = await pool.query<{ id: string; hash: string }>('SELECT id, hash FROM documents');
      return new Map(rows.map((r) => [r.id, r.hash]));
    });
  }

  async write(results: readonly DocResult[]): Promise<BatchOutcome> {
    if (!this.writer) {
      const similarity = await this.fixSimilarity();
      this.writer = new StoreWriter(this.pool, { gazetteer: this.options.gazetteer ?? [], similarity });
    }
    try {
      return await this.writer.write(results);
    } catch (error) {
      throw storeError(this.url, error);
    }
  }

  async counts(): Promise<StoreCounts> {
    return this.read(async (pool) => {
      const { rows } = await pool.query<StoreCounts>(
        `SELECT (SELECT count(*) FROM documents)::int AS documents,
                (SELECT count(*) FROM statements)::int AS statements,
                (SELECT count(*) FROM actors)::int AS actors,
                (SELECT count(*) FROM (SELECT cluster FROM statements GROUP BY cluster
                   HAVING count(DISTINCT doc) > 1) c)::int AS clusters,
                (SELECT value::int FROM cg_meta WHERE key = 'merges') AS merges`,
      );
      return rows[0] as StoreCounts;
    });
  }

  /**
   * After a run of writes: fresh planner statistics (ANALYZE), so that the queries pick their
   * indexes from the first read on; after a bulk load (`bulk`: the run wrote a good part of the
   * store) also VACUUM, since each statement is rewritten as its bucket and cluster are settled and
   * the dead rows left would double what the queries read until autovacuum came by.
   */
  async tidy(options: { bulk?: boolean } = {}): Promise<void> {
    await this.read((pool) => pool.query(`${options.bulk ? 'VACUUM (ANALYZE)' : 'ANALYZE'} ${TIDIED.join(', ')}`));
  }

  /** The statements@1 of the store or of a selection, as text chunks. */
  async *exportStatements(selection: Selection = {}): AsyncGenerator<string> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw storeError(this.url, error);
    });
    try {
      yield* exportStatements(client, selection);
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** The similarity the store's clusters were made with: the first writer's; another one is an error. */
  private async fixSimilarity(): Promise<number> {
    const wanted = this.options.similarity ?? DEFAULT_SIMILARITY;
    const { rows } = await this.pool.query<{ value: string }>(
      `INSERT INTO cg_meta (key, value) VALUES ('similarity', $1)
       ON CONFLICT (key) DO UPDATE SET value = cg_meta.value RETURNING value`,
      [String(wanted)],
    );
    const fixed = Number(rows[0]?.value);
    if (this.options.similarity !== undefined && fixed !== this.options.similarity)
      throw new StoreError(
        MODULE,
        `${this.name} clusters claims at similarity ${fixed}; it cannot take --similarity ${this.options.similarity}`,
      );
    return fixed;
  }
}
