// The cluster pass of a corpus too large to cluster in memory. Statements are compared only
// within their bucket (speaker, stance, targets, subjects, and for a generic content the clusters
// it answers: cluster/clusterClaims.ts), and a bucket's clusters are grown in corpus order, so
// buckets can be clustered apart: the statements are written to files beside the output, one
// per share of the buckets (by a hash of the bucket's key), and each file is then clustered
// alone, in memory, with the bucket's statements still in corpus order. Memory holds one share
// (PARTITION_STATEMENTS statements), not the corpus, plus 4 bytes a statement (its cluster) and 4
// a document. A generic statement that answers an earlier statement of its document needs that
// statement's cluster for its key: such statements wait in a file of their own, clustered in
// rounds once the clusters they answer are known (each round takes those whose answered
// statements were clustered in an earlier round, so a bucket is always clustered whole in one
// round). The clusters are those of ClaimClusterer, statement for statement.
import { ClaimGraphError } from '../../errors.ts';
import { Spool } from '../../io/files/spool.ts';
import type { StatementRecord } from '../../model/index.ts';
import { corpusStatementId, type ClusterAssignment } from '../assemble.ts';
import {
  bucketKey,
  ClusterBucket,
  ClusterTally,
  IntList,
  isGeneric,
  PostingLists,
  SignatureStore,
  similarityOf,
} from '../cluster/index.ts';
import { contentSignature } from '../normalise.ts';

const MODULE = 'claimgraph/corpus/ingest/spilledClusters';
/** Statements clustered in memory at a time: a corpus with more is clustered in shares. */
export const PARTITION_STATEMENTS = 250_000;
const UNRESOLVED = -2;
const ALONE = -1;

type BucketFields = Pick<StatementRecord, 'speaker' | 'stance' | 'targets' | 'about'>;
/** A statement as a share holds it: its place in corpus order, its document's, its bucket's key, id, words and figures. */
type Shared = [statement: number, doc: number, key: string, id: string, tokens: string[], numbers: string];
/** A statement that waits: the same, its bucket's fields for the key, and what it answers (an earlier statement's place, or an id as it stands). */
type Waiting = [
  statement: number,
  doc: number,
  fields: BucketFields,
  id: string,
  tokens: string[],
  numbers: string,
  answers: (number | string)[],
];

export interface SpillOptions {
  /** The output the files are written beside (and named after). */
  output: string;
  statements: number;
  documents: number;
  similarity?: number;
  /** Statements per share; default PARTITION_STATEMENTS. */
  partitionStatements?: number;
}

/**
 * Statements are added document by document, in corpus order, as the assembler gives them
 * (corpus ids, resolved actors); cluster() then clusters every share and the waiting rounds,
 * and the result names each statement's cluster (ClusterAssignment). remove() deletes the files.
 */
export class SpilledClusters implements ClusterAssignment {
  private readonly threshold: number;
  /** Per statement: the first statement of its cluster when the cluster has two or more, ALONE, or UNRESOLVED. */
  private readonly clusterOf: Int32Array;
  /** Per document (its place in corpus order): its first statement. */
  private readonly firstOf: Int32Array;
  /** Per share of the buckets, its file (made when a statement first goes to it). */
  private readonly shares: (Spool<Shared> | undefined)[];
  /** The statements that wait for the clusters they answer (made when one first waits). */
  private waiting: Spool<Waiting> | undefined;
  private readonly files: Spool<Shared | Waiting>[] = [];
  private added = 0;
  private docs = 0;
  multiDocument = 0;

  constructor(
    private readonly options: SpillOptions,
    /** A document's id by its place in corpus order. */
    private readonly docId: (doc: number) => string,
  ) {
    this.threshold = similarityOf(options);
    this.clusterOf = new Int32Array(options.statements).fill(UNRESOLVED);
    this.firstOf = new Int32Array(options.documents);
    const count = Math.max(1, Math.ceil(options.statements / (options.partitionStatements ?? PARTITION_STATEMENTS)));
    this.shares = Array.from({ length: count }, () => undefined);
  }

  /** A document's statements, in order, with corpus ids (CorpusAssembler.forClustering). */
  async add(statements: readonly StatementRecord[]): Promise<void> {
    const doc = this.docs++;
    this.firstOf[doc] = this.added;
    const place = new Map<string, number>();
    statements.forEach((st, i) => place.set(st.id, this.added + i));
    for (const st of statements) {
      const statement = this.added++;
      const signature = contentSignature(st.content.text);
      const tokens = [...signature.tokens];
      if (isGeneric(signature) && st.responds.length) {
        // an earlier statement is answered by its cluster; a later one (not clustered yet) by its id
        const answers = st.responds.map((id) => {
          const at = place.get(id) as number;
          return at < statement ? at : id;
        });
        const fields = { speaker: st.speaker, stance: st.stance, targets: st.targets, about: st.about };
        this.waiting ??= await this.spool<Waiting>();
        await this.waiting.push([statement, doc, fields, st.id, tokens, signature.numbers, answers]);
        continue;
      }
      const key = bucketKey(st, []);
      const k = hash(key) % this.shares.length;
      const share = (this.shares[k] ??= await this.spool<Shared>());
      await share.push([statement, doc, key, st.id, tokens, signature.numbers]);
    }
  }

  async cluster(): Promise<void> {
    if (this.added !== this.clusterOf.length || this.docs !== this.firstOf.length)
      throw new ClaimGraphError(MODULE, `expected ${this.clusterOf.length} statements, got ${this.added}`);
    for (const share of this.shares) {
      if (!share) continue;
      const unit = new Unit(this.threshold);
      for await (const [statement, doc, key, id, tokens, numbers] of share.read())
        unit.add(statement, doc, key, id, tokens, numbers);
      this.settle(unit);
      await share.dispose();
    }
    while (this.waiting?.count) {
      const waiting = this.waiting;
      let next: Spool<Waiting> | undefined;
      const unit = new Unit(this.threshold);
      for await (const line of waiting.read()) {
        const [statement, doc, fields, id, tokens, numbers, answers] = line;
        if (answers.some((a) => typeof a === 'number' && this.clusterOf[a] === UNRESOLVED)) {
          next ??= await this.spool<Waiting>();
          await next.push(line);
          continue;
        }
        const answered = answers.map((a) =>
          typeof a === 'number' ? this.name((this.clusterOf[a] as number) >= 0 ? (this.clusterOf[a] as number) : a) : a,
        );
        unit.add(statement, doc, bucketKey(fields, answered), id, tokens, numbers);
      }
      if (next?.count === waiting.count)
        throw new ClaimGraphError(MODULE, 'statements answer one another in a circle: they cannot be clustered');
      this.settle(unit);
      await waiting.dispose();
      this.waiting = next;
    }
  }

  /** The corpus id of a statement, by its place in corpus order. */
  private name(statement: number): string {
    let [low, high] = [0, this.firstOf.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.firstOf[mid] as number) <= statement) low = mid;
      else high = mid - 1;
    }
    return corpusStatementId(this.docId(low), statement - (this.firstOf[low] as number));
  }

  /** The id of the statement's cluster when two statements or more report it (by its place in corpus order). */
  clusterName(statement: number): string | undefined {
    const first = this.clusterOf[statement] as number;
    return first >= 0 ? this.name(first) : undefined;
  }

  async remove(): Promise<void> {
    await Promise.all(this.files.map((file) => file.dispose()));
  }

  /** A new file beside the output (io/files/spool.ts: named like the atomic writer's temporary files). */
  private async spool<T extends Shared | Waiting>(): Promise<Spool<T>> {
    const spool = await Spool.create<T>(this.options.output);
    this.files.push(spool as Spool<Shared | Waiting>);
    return spool;
  }

  /** A unit's clusters become known (only then, so a round never sees its own). */
  private settle(unit: Unit): void {
    const { statements, handles, first, tally } = unit;
    for (let i = 0; i < statements.length; i++) {
      const handle = handles.at(i);
      this.clusterOf[statements.at(i)] = tally.statements(handle) > 1 ? first.at(handle) : ALONE;
    }
    this.multiDocument += tally.multiDocument();
  }
}

/** The statements clustered together in memory: one share, or one round of those that waited. */
class Unit {
  private readonly buckets = new Map<string, ClusterBucket>();
  private readonly store = new SignatureStore();
  private readonly postings = new PostingLists();
  /** Per statement of the unit: its place in corpus order and its cluster's handle. */
  readonly statements = new IntList();
  readonly handles = new IntList();
  /** Per cluster (handle): its first statement; its statements and documents. */
  readonly first = new IntList();
  readonly tally = new ClusterTally();

  constructor(private readonly threshold: number) {}

  add(statement: number, doc: number, key: string, id: string, tokens: string[], numbers: string): void {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new ClusterBucket(this.threshold, this.store, this.postings)));
    const handle = bucket.join(id, this.store.code({ tokens: new Set(tokens), numbers }));
    if (this.tally.count(handle, doc)) this.first.push(statement);
    this.statements.push(statement);
    this.handles.push(handle);
  }
}

/** FNV-1a of a string's UTF-16 code units: which share a bucket goes to. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
