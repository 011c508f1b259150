// Claim clusters kept up to date as documents arrive: src/corpus/cluster's buckets and greedy
// clustering, run again on each bucket a batch touched, in publication order, so that every
// statement's cluster is the one a whole-corpus run gives. A statement's bucket changes when
// identity changes one of its actors, or when the cluster of a statement it answers changes (a
// generic denial is bucketed with what it answers); both re-bucket it, and the loop runs until
// nothing moves.
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { bucketKey, ClusterBucket, isGeneric } from '../../corpus/cluster/index.ts';
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
  const touched = new Set(buckets);
  let pending = dirty;
  for (let round = 0; pending.length || touched.size; round++) {
    if (pending.length) await rebucket(client, pending, touched);
    const changed = await recluster(client, [...touched], threshold);
    touched.clear();
    pending = changed.length ? await respondersOf(client, changed) : [];
    if (round > 10_000) throw new Error('claimgraph/store: clusters did not settle');
  }
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
    // stored as a digest: the key holds U+0000 separators, which PostgreSQL text cannot
    const bucket = createHash('sha256')
      .update(
        bucketKey(
          { speaker: row.speaker, stance: row.stance, targets: row.targets ?? [], about: row.about ?? [] },
          answers,
        ),
      )
      .digest('base64');
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

const signatureOf = (row: { tokens: string[]; numbers: string }) => ({
  tokens: new Set(row.tokens),
  numbers: row.numbers,
});

/** Clusters the buckets afresh, each in publication order; returns the statements whose cluster changed. */
async function recluster(
  client: PoolClient,
  buckets: readonly string[],
  threshold: number,
): Promise<[string, string][]> {
  if (!buckets.length) return [];
  const { rows } = await client.query<{
    bucket: string;
    doc: string;
    id: string;
    tokens: string[];
    numbers: string;
    cluster: string;
  }>(
    `SELECT bucket, doc, id, tokens, numbers, cluster FROM statements WHERE bucket = ANY($1::text[]) ORDER BY bucket, pos`,
    [buckets],
  );
  const changed: { doc: string; id: string; cluster: string }[] = [];
  let clusters: ClusterBucket | undefined;
  let current: string | undefined;
  for (const row of rows) {
    if (row.bucket !== current) [current, clusters] = [row.bucket, new ClusterBucket(threshold)];
    const cluster = (clusters as ClusterBucket).place(statementKey(row.doc, row.id), signatureOf(row));
    if (cluster !== row.cluster) changed.push({ doc: row.doc, id: row.id, cluster });
  }
  if (changed.length)
    await client.query(
      `UPDATE statements s SET cluster = c.cluster
         FROM unnest($1::text[], $2::text[], $3::text[]) AS c(doc, id, cluster)
        WHERE s.doc = c.doc AND s.id = c.id`,
      [changed.map((c) => c.doc), changed.map((c) => c.id), changed.map((c) => c.cluster)],
    );
  return changed.map((c) => [c.doc, c.id]);
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
