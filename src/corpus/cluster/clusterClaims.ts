// Corroboration: statements from different documents that report the same claim (the same
// speaker, stance, targets and subjects, and contents with the same figures and enough
// shared words: "will not negotiate with X" and "… with Y" differ by one word but are two claims)
// form one cluster. A statement whose content says little by itself ("denied the charge": at
// most GENERIC_TOKENS content words) joins only statements that answer the same claim; a
// substantive one ("rejected calls for a ceasefire in the port") clusters on its content, since
// what an extractor links it to varies from article to article.
import type { StatementRecord } from '../../model/index.ts';
import { contentSignature, jaccard, type ContentSignature } from '../normalise.ts';

export const DEFAULT_SIMILARITY = 0.7;
const GENERIC_TOKENS = 2;

export interface ClusterOptions {
  /** Token-set Jaccard similarity of normalised contents needed to join a cluster (0–1). */
  similarity?: number;
}

interface Cluster {
  id: string;
  signature: ContentSignature;
}

/**
 * Assigns a cluster id to every statement (the id of its first member, in the order given:
 * callers pass statements in publication order so that a cluster is named after its first
 * report). Statements are compared only within their bucket (speaker, stance, targets,
 * subjects and the clusters they answer), and there only with clusters sharing a word (an inverted index).
 */
export function clusterClaims(
  statements: readonly StatementRecord[],
  options: ClusterOptions = {},
): Map<string, string> {
  const clusterer = new ClaimClusterer(options);
  const clusterOf = new Map<string, string>();
  for (const st of statements)
    clusterOf.set(
      st.id,
      clusterer.add(st, (id) => clusterOf.get(id)),
    );
  return clusterOf;
}

/**
 * The same, one statement at a time, for corpora streamed from disk: memory grows with the
 * distinct claims, not with the statements. `clusterOf` gives the cluster of an earlier
 * statement by id (the statements a denial answers).
 */
export class ClaimClusterer {
  private readonly threshold: number;
  private readonly buckets = new Map<string, { clusters: Cluster[]; index: Map<string, Cluster[]> }>();

  constructor(options: ClusterOptions = {}) {
    this.threshold = options.similarity ?? DEFAULT_SIMILARITY;
    if (!(this.threshold > 0 && this.threshold <= 1))
      throw new RangeError(`claimgraph/corpus/cluster: similarity must be in (0, 1], got ${this.threshold}`);
  }

  /** The cluster id of `st`: an earlier statement's id, or its own when it starts a cluster. */
  add(st: StatementRecord, clusterOf: (id: string) => string | undefined): string {
    const signature = contentSignature(st.content.text);
    // Answers point back to earlier statements, so in publication order their clusters are known.
    const answers = signature.tokens.size <= GENERIC_TOKENS ? st.responds.map((id) => clusterOf(id) ?? id).sort() : [];
    const key = [
      st.speaker,
      st.stance,
      [...st.targets].sort().join(','),
      [...st.about].sort().join(','),
      answers.join(','),
    ].join('\u0000');
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { clusters: [], index: new Map() }));
    const found = bestMatch(bucket, signature, this.threshold);
    if (found) return found.id;
    const cluster: Cluster = { id: st.id, signature };
    bucket.clusters.push(cluster);
    for (const token of signature.tokens.size ? signature.tokens : ['']) {
      const list = bucket.index.get(token);
      if (list) list.push(cluster);
      else bucket.index.set(token, [cluster]);
    }
    return st.id;
  }
}

function bestMatch(
  bucket: { index: Map<string, Cluster[]> },
  signature: ContentSignature,
  threshold: number,
): Cluster | undefined {
  const seen = new Set<Cluster>();
  let best: Cluster | undefined;
  let bestScore = -1;
  const tokens = signature.tokens.size ? signature.tokens : new Set(['']);
  for (const token of tokens) {
    for (const cluster of bucket.index.get(token) ?? []) {
      if (seen.has(cluster)) continue;
      seen.add(cluster);
      if (cluster.signature.numbers !== signature.numbers) continue;
      const score = jaccard(cluster.signature.tokens, signature.tokens);
      if (score >= threshold && score > bestScore) [best, bestScore] = [cluster, score];
    }
  }
  return best;
}
