// Claim clusters kept up to date as documents arrive: src/corpus/cluster's buckets and greedy
// clustering, run again on each bucket a batch touched, in publication order, so that every
// statement's cluster is the one a whole-corpus run gives. A statement's bucket changes when
// identity changes one of its actors, or when the cluster of a statement it answers changes (a
// generic denial is bucketed with what it answers); both re-bucket it, and the loop runs until
// nothing moves. The statements a batch adds are bucketed and clustered in memory, with the
// stored statements of their buckets, before they are written (placeFresh): each is written
// once, with its bucket and cluster, instead of written and then updated twice.
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { bucketKey, ClusterBucket, isGeneric, PostingLists, SignatureStore } from '../../corpus/cluster/index.ts';
import type { Stance } from '../../model/index.ts';

export const statementKey = (doc: string, id: string): string => `${doc}/${id}`;

interface BucketRow {
  doc: string;
  id: string;
  ordinal: number;
  speaker: string;
  stance: Stance;
  responds: string[];
  tokens: string[];
  numbers: string;
  bucket: string;
  about: string[] | null;
  targets: string[] | null;
}

/** A statement a batch adds, before it is written: what its bucket and cluster are made of, and (set by placeFresh) them. */
export interface FreshStatement {
  doc: string;
  id: string;
  /** its order key (statements.pos) */
  pos: Buffer;
  /** after identity; about and targets without the duplicate links */
  speaker: string;
  stance: Stance;
  about: readonly string[];
  targets: readonly string[];
  /** the statements of its document it answers (local ids) */
  responds: readonly string[];
  tokens: readonly string[];
  numbers: string;
  bucket: string;
  cluster: string;
}

/**
 * Re-buckets the `dirty` statements ([doc, id] pairs) and re-clusters every bucket that gained
 * or lost a statement, plus `buckets` (those of removed statements).
 */
export async function updateClusters(
  client: PoolClient,
  dirty: readonly [string, string][],
  buckets: Iterable<string>,
  threshold: number,
): Promise<void> {
  await settleClusters(client, await placeFresh(client, dirty, buckets, threshold, []), threshold);
}

/**
 * The first round of bringing clusters up to date, before the batch's statements are written:
 * re-buckets the stored `dirty` statements, buckets the `fresh` ones (a fresh statement answers
 * statements of its own document, fresh too, each still its own cluster) and clusters every
 * touched bucket with the stored statements and the fresh ones in publication order. Stored
 * statements whose cluster changed are updated; the fresh ones get their bucket and cluster in
 * place. Returns the statements whose cluster changed (fresh ones included), for settleClusters
 * once the fresh statements are written.
 */
export async function placeFresh(
  client: PoolClient,
  dirty: readonly [string, string][],
  buckets: Iterable<string>,
  threshold: number,
  fresh: FreshStatement[],
): Promise<[string, string][]> {
  const touched = new Set(buckets);
  if (dirty.length) await rebucket(client, dirty, touched);
  for (const st of fresh) {
    const answers = isGeneric(signatureOf(st)) ? st.responds.map((r) => statementKey(st.doc, r)) : [];
    st.bucket = bucketDigest(st, answers);
    st.cluster = statementKey(st.doc, st.id);
    touched.add(st.bucket);
  }
  return recluster(client, [...touched], threshold, fresh);
}

/** The rounds after the first: the statements answering those whose cluster changed are re-bucketed, and so on until nothing moves. */
export async function settleClusters(
  client: PoolClient,
  changed: readonly [string, string][],
  threshold: number,
): Promise<void> {
  const touched = new Set<string>();
  let pending = changed.length ? await respondersOf(client, changed) : [];
  for (let round = 0; pending.length; round++) {
    await rebucket(client, pending, touched);
    const moved = await recluster(client, [...touched], threshold);
    touched.clear();
    pending = moved.length ? await respondersOf(client, moved) : [];
    if (round > 10_000) throw new Error('claimgraph/store: clusters did not settle');
  }
}

/** The bucket a statement is compared in, stored as a digest: the key holds U+0000 separators, which PostgreSQL text cannot. */
function bucketDigest(
  st: { speaker: string; stance: Stance; about: readonly string[]; targets: readonly string[] },
  answers: string[],
): string {
  return createHash('sha256')
    .update(
      bucketKey({ speaker: st.speaker, stance: st.stance, targets: [...st.targets], about: [...st.about] }, answers),
    )
    .digest('base64');
}

async function rebucket(client: PoolClient, pairs: readonly [string, string][], touched: Set<string>): Promise<void> {
  const { rows } = await client.query<BucketRow>(
    `SELECT s.doc, s.id, s.ordinal, s.speaker, s.stance, s.responds, s.tokens, s.numbers, s.bucket,
            (SELECT array_agg(l.actor ORDER BY l.idx) FROM links l
              WHERE l.doc = s.doc AND l.statement = s.id AND l.kind = 'about' AND NOT l.dup) AS about,
            (SELECT array_agg(l.actor ORDER BY l.idx) FROM links l
              WHERE l.doc = s.doc AND l.statement = s.id AND l.kind = 'targets' AND NOT l.dup) AS targets
       FROM statements s JOIN unnest($1::text[], $2::text[]) AS p(doc, id) ON s.doc = p.doc AND s.id = p.id`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  const answersNeeded = rows.filter((r) => r.responds.length && isGeneric(signatureOf(r)));
  const clusters = new Map<string, { ordinal: number; cluster: string }>();
  if (answersNeeded.length) {
    const found = await client.query<{ doc: string; id: string; ordinal: number; cluster: string }>(
      `SELECT doc, id, ordinal, cluster FROM statements WHERE doc = ANY($1::text[])`,
      [[...new Set(answersNeeded.map((r) => r.doc))]],
    );
    for (const r of found.rows) clusters.set(statementKey(r.doc, r.id), r);
  }
  const moves: { doc: string; id: string; bucket: string }[] = [];
  for (const row of rows) {
    // a whole-corpus run meets the answered statement first when it comes earlier in the document
    const answers = isGeneric(signatureOf(row))
      ? row.responds.map((r) => {
          const answered = clusters.get(statementKey(row.doc, r));
          return answered && answered.ordinal < row.ordinal ? answered.cluster : statementKey(row.doc, r);
        })
      : [];
    const bucket = bucketDigest({ ...row, targets: row.targets ?? [], about: row.about ?? [] }, answers);
    if (bucket === row.bucket) continue;
    if (row.bucket !== '') touched.add(row.bucket);
    touched.add(bucket);
    moves.push({ doc: row.doc, id: row.id, bucket });
  }
  if (moves.length)
    await client.query(
      `UPDATE statements s SET bucket = m.bucket
         FROM unnest($1::text[], $2::text[], $3::text[]) AS m(doc, id, bucket)
        WHERE s.doc = m.doc AND s.id = m.id`,
      [moves.map((m) => m.doc), moves.map((m) => m.id), moves.map((m) => m.bucket)],
    );
}

const signatureOf = (row: { tokens: readonly string[]; numbers: string }) => ({
  tokens: new Set(row.tokens),
  numbers: row.numbers,
});

/**
 * Clusters the buckets afresh, each in publication order, with the `fresh` statements (not yet
 * written) among the stored ones; returns the statements whose cluster changed. Stored ones are
 * updated, fresh ones get theirs in place.
 */
async function recluster(
  client: PoolClient,
  buckets: readonly string[],
  threshold: number,
  fresh: readonly FreshStatement[] = [],
): Promise<[string, string][]> {
  if (!buckets.length) return [];
  const { rows } = await client.query<{
    bucket: string;
    doc: string;
    id: string;
    pos: Buffer;
    tokens: string[];
    numbers: string;
    cluster: string;
  }>(
    `SELECT bucket, doc, id, pos, tokens, numbers, cluster FROM statements WHERE bucket = ANY($1::text[]) ORDER BY bucket, pos`,
    [buckets],
  );
  type Member = { doc: string; id: string; pos: Buffer; tokens: readonly string[]; numbers: string; cluster: string };
  const members = new Map<string, { list: Member[]; fresh?: FreshStatement[] }>();
  for (const row of rows) {
    const bucket = members.get(row.bucket);
    if (bucket) bucket.list.push(row);
    else members.set(row.bucket, { list: [row] });
  }
  for (const st of fresh) {
    const bucket = members.get(st.bucket);
    if (!bucket) members.set(st.bucket, { list: [], fresh: [st] });
    else (bucket.fresh ??= []).push(st);
  }
  const unwritten = new Set<object>(fresh);
  const changed: { doc: string; id: string; cluster: string }[] = [];
  const moved: [string, string][] = [];
  // one signature store and one set of posting lists for all the buckets (each bucket's own would be allocated afresh)
  const signatures = new SignatureStore();
  const postings = new PostingLists();
  for (const { list, fresh: added } of members.values()) {
    // stored statements come in publication order; the fresh ones are merged in by their order key
    const ordered: (Member | FreshStatement)[] = added
      ? [...list, ...added].sort((a, b) => Buffer.compare(a.pos, b.pos))
      : list;
    const clusters = new ClusterBucket(threshold, signatures, postings);
    for (const row of ordered) {
      const cluster = clusters.place(statementKey(row.doc, row.id), signatureOf(row));
      if (cluster === row.cluster) continue;
      moved.push([row.doc, row.id]);
      if (unwritten.has(row)) row.cluster = cluster;
      else changed.push({ doc: row.doc, id: row.id, cluster });
    }
  }
  if (changed.length)
    await client.query(
      `UPDATE statements s SET cluster = c.cluster
         FROM unnest($1::text[], $2::text[], $3::text[]) AS c(doc, id, cluster)
        WHERE s.doc = c.doc AND s.id = c.id`,
      [changed.map((c) => c.doc), changed.map((c) => c.id), changed.map((c) => c.cluster)],
    );
  return moved;
}

/** The statements answering these (in their documents): their bucket may follow the answered cluster. */
async function respondersOf(client: PoolClient, pairs: readonly [string, string][]): Promise<[string, string][]> {
  const { rows } = await client.query<{ doc: string; id: string }>(
    `SELECT DISTINCT s.doc, s.id FROM statements s
       JOIN unnest($1::text[], $2::text[]) AS p(doc, id) ON s.doc = p.doc AND p.id = ANY(s.responds)`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  return rows.map((r) => [r.doc, r.id]);
}
