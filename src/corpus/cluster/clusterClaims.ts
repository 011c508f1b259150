// Corroboration: statements from different documents that report the same claim (the same
// speaker, stance, targets and subjects, and contents with the same figures and enough
// shared words: "will not negotiate with X" and "… with Y" differ by one word but are two claims)
// form one cluster. A statement whose content says little by itself ("denied the charge": at
// most GENERIC_TOKENS content words) joins only statements that answer the same claim; a
// substantive one ("rejected calls for a ceasefire in the port") clusters on its content, since
// what an extractor links it to varies from article to article.
import type { StatementRecord } from '../../model/index.ts';
import { contentSignature, type ContentSignature } from '../normalise.ts';
import { PostingLists } from './postings.ts';
import { SignatureStore, type CodedSignature } from './signatures.ts';

export const DEFAULT_SIMILARITY = 0.7;
const GENERIC_TOKENS = 2;

export interface ClusterOptions {
  /** Token-set Jaccard similarity of normalised contents needed to join a cluster (0–1). */
  similarity?: number;
}

/** Checks a similarity threshold; the error names the bad value. */
export function similarityOf(options: ClusterOptions = {}): number {
  const threshold = options.similarity ?? DEFAULT_SIMILARITY;
  if (!(threshold > 0 && threshold <= 1))
    throw new RangeError(`claimgraph/corpus/cluster: similarity must be in (0, 1], got ${threshold}`);
  return threshold;
}

/** Whether a content says too little by itself to cluster on its words ("denied the charge"). */
export const isGeneric = (signature: ContentSignature): boolean => signature.tokens.size <= GENERIC_TOKENS;

/**
 * The bucket a statement is compared in: speaker, stance, targets, subjects and, for a generic
 * content, the clusters of the statements it answers (`answers`, cluster ids).
 */
export function bucketKey(
  st: Pick<StatementRecord, 'speaker' | 'stance' | 'targets' | 'about'>,
  answers: readonly string[],
): string {
  return [
    st.speaker,
    st.stance,
    [...st.targets].sort().join(','),
    [...st.about].sort().join(','),
    [...answers].sort().join(','),
  ].join('\u0000');
}

/**
 * The clusters of one bucket, grown one statement at a time in publication order: a statement
 * joins the most similar cluster formed before it (compared with the cluster's first statement),
 * or starts its own. Only clusters sharing a word are compared (an inverted index). The
 * clusters' signatures (SignatureStore) and the index's lists (PostingLists) are kept compactly,
 * shared by the buckets of a corpus.
 */
export class ClusterBucket {
  /** Word number → the list (in `postings`) of the clusters holding it, in the order they were formed. */
  private readonly index = new Map<number, number>();

  constructor(
    private readonly threshold: number,
    private readonly store: SignatureStore = new SignatureStore(),
    private readonly postings: PostingLists = new PostingLists(),
  ) {}

  /** The cluster id the statement joins: an earlier cluster's, or its own id when it starts one. */
  place(id: string, signature: ContentSignature): string {
    return this.store.id(this.join(id, this.store.code(signature)));
  }

  /** A cluster formed earlier, started by statement `id` (the store re-grows a bucket from a point on). */
  start(id: string, signature: ContentSignature): void {
    this.begin(id, this.store.code(signature));
  }

  /** The handle of the cluster the statement joins (in `store`): an earlier one, or the one it starts. */
  join(id: string, signature: CodedSignature): number {
    return this.bestMatch(signature) ?? this.begin(id, signature);
  }

  private begin(id: string, signature: CodedSignature): number {
    const handle = this.store.add(id, signature);
    for (const word of this.keys(signature)) {
      const list = this.index.get(word);
      if (list === undefined) this.index.set(word, this.postings.open(handle));
      else this.postings.append(list, handle);
    }
    return handle;
  }

  /** The words a signature is indexed under; no word at all is a word of its own (-1). */
  private keys(signature: CodedSignature): readonly number[] {
    return signature.order.length ? signature.order : [-1];
  }

  private bestMatch(signature: CodedSignature): number | undefined {
    const seen = new Set<number>();
    let best: number | undefined;
    let bestScore = -1;
    for (const word of this.keys(signature)) {
      const list = this.index.get(word);
      if (list === undefined) continue;
      for (let entry = this.postings.first(list); entry !== -1; entry = this.postings.after(entry)) {
        const handle = this.postings.value(entry);
        if (seen.has(handle)) continue;
        seen.add(handle);
        const score = this.store.similarity(handle, signature);
        if (score >= this.threshold && score > bestScore) [best, bestScore] = [handle, score];
      }
    }
    return best;
  }
}

/**
 * Assigns a cluster id to every statement (the id of its first member, in the order given:
 * callers pass statements in publication order so that a cluster is named after its first
 * report). Statements are compared only within their bucket (speaker, stance, targets,
 * subjects and the clusters they answer), and there only with clusters sharing a word.
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
 * distinct claims (a few bytes per word of each, see signatures.ts), not with the statements.
 * `clusterOf` gives the cluster of an earlier statement by id (the statements a denial answers).
 */
export class ClaimClusterer {
  private readonly threshold: number;
  /** What statements are compared with, until seal() releases it. */
  private index: { buckets: Map<string, ClusterBucket>; store: SignatureStore; postings: PostingLists } | undefined = {
    buckets: new Map(),
    store: new SignatureStore(),
    postings: new PostingLists(),
  };
  /** The clusters' ids by number, kept past seal(). */
  private ids: readonly string[] | undefined;

  constructor(options: ClusterOptions = {}) {
    this.threshold = similarityOf(options);
  }

  /** The cluster id of `st`: an earlier statement's id, or its own when it starts a cluster. */
  add(st: StatementRecord, clusterOf: (id: string) => string | undefined): string {
    return this.idOf(this.join(st, clusterOf));
  }

  /** The same as a number: clusters are numbered from 0 in the order they are formed. */
  join(st: StatementRecord, clusterOf: (id: string) => string | undefined): number {
    const index = this.index;
    if (!index) throw new RangeError('claimgraph/corpus/cluster: join() after seal()');
    const signature = contentSignature(st.content.text);
    // Answers point back to earlier statements, so in publication order their clusters are known.
    const answers = isGeneric(signature) ? st.responds.map((id) => clusterOf(id) ?? id) : [];
    const key = bucketKey(st, answers);
    let bucket = index.buckets.get(key);
    if (!bucket) index.buckets.set(key, (bucket = new ClusterBucket(this.threshold, index.store, index.postings)));
    return bucket.join(st.id, index.store.code(signature));
  }

  /**
   * No statement joins after this: the buckets, their word index and the clusters' signatures
   * (most of the clusterer's memory, growing with the distinct claims) are released, and only
   * the clusters' ids are kept, for idOf.
   */
  seal(): void {
    if (!this.index) return;
    this.ids = this.index.store.ids;
    this.index = undefined;
  }

  /** The id of a cluster (that of the statement that started it). */
  idOf(cluster: number): string {
    return this.index ? this.index.store.id(cluster) : (this.ids?.[cluster] as string);
  }
}
