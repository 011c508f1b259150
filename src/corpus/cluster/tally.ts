// How many statements and documents each claim cluster holds, counted as statements join
// clusters in corpus order (a document's statements together, documents one after another).
// The corpus assembler and the clustering in shares (ingest/spilledClusters.ts) count the same way.
import { ClaimGraphError } from '../../errors.ts';
import { IntList } from './signatures.ts';

export class ClusterTally {
  /** Per cluster, numbered in the order clusters form: its statements. */
  private readonly statementCount = new IntList();
  /** Per cluster: its documents, and the last document counted (so each is counted once). */
  private documentCount = new IntList();
  private lastDoc = new IntList();
  private released = false;

  /** Clusters counted so far. */
  get clusters(): number {
    return this.statementCount.length;
  }

  /** The statements of a cluster. */
  statements(cluster: number): number {
    return this.statementCount.at(cluster);
  }

  /**
   * Counts a statement of document `doc` (its place in corpus order, never decreasing) in
   * `cluster`, which is a new cluster when it equals `clusters`; returns whether it was new.
   */
  count(cluster: number, doc: number): boolean {
    if (this.released) throw new ClaimGraphError('claimgraph/corpus/cluster', 'ClusterTally.count() after release()');
    const formed = cluster === this.statementCount.length;
    if (formed) {
      this.statementCount.push(0);
      this.documentCount.push(0);
      this.lastDoc.push(-1);
    }
    this.statementCount.set(cluster, this.statementCount.at(cluster) + 1);
    if (this.lastDoc.at(cluster) !== doc) {
      this.documentCount.set(cluster, this.documentCount.at(cluster) + 1);
      this.lastDoc.set(cluster, doc);
    }
    return formed;
  }

  /** Clusters reported by two documents or more. */
  multiDocument(): number {
    if (this.released)
      throw new ClaimGraphError('claimgraph/corpus/cluster', 'ClusterTally.multiDocument() after release()');
    let n = 0;
    for (let cluster = 0; cluster < this.documentCount.length; cluster++) if (this.documentCount.at(cluster) > 1) n++;
    return n;
  }

  /** No statement is to come: the document counts are released (the statement counts stay). */
  release(): void {
    this.released = true;
    this.documentCount = new IntList(1);
    this.lastDoc = new IntList(1);
  }
}
