// What the viewer holds about the loaded graph. A claim graph comes with its index (resting
// styles, stances, days, contested claims), and, worked out on first use, its statements as
// rows (the table, the timeline) and who each statement is between (the actor network). A
// foreign graph (not a claim graph) is kept as it is, with the line saying why.
import type Graph from 'graphology';
import {
  positionChanges,
  prepareActorLinks,
  type PositionChange,
  type PreparedRow,
} from '../../../src/corpus/queries/index.ts';
import type { ClaimGraph } from '../../../src/model/index.ts';
import { statementTable, type StatementRow } from '../../../src/query/index.ts';
import { buildGraphIndex, type GraphIndex } from '../reducers/graphIndex.ts';

export class ClaimData {
  readonly kind = 'claims';
  readonly index: GraphIndex;
  private rowCache: StatementRow[] | undefined;
  private linkCache: PreparedRow[] | undefined;
  private claimLinkCache: Map<string, string[]> | undefined;
  private changeCache: PositionChange[] | undefined;
  private linkClaimCache: Map<string, string[]> | undefined;
  private rowByClaim: Map<string, StatementRow> | undefined;

  constructor(readonly graph: ClaimGraph) {
    this.index = buildGraphIndex(graph);
  }

  /** Every statement, in document order (statementTable). */
  get rows(): StatementRow[] {
    return (this.rowCache ??= statementTable(this.graph));
  }

  /** The rows with the actors each is between (the actor network's edges). */
  get links(): PreparedRow[] {
    return (this.linkCache ??= prepareActorLinks(this.rows));
  }

  /** Claim key → the keys of the actor-network edges it stands behind. */
  get claimLinks(): ReadonlyMap<string, string[]> {
    if (!this.claimLinkCache) {
      this.claimLinkCache = new Map();
      for (const { row, links } of this.links) this.claimLinkCache.set(row.claim, links);
    }
    return this.claimLinkCache;
  }

  /** Actor-network edge key → the claims behind it, in document order. */
  claimsOfLink(key: string): readonly string[] {
    if (!this.linkClaimCache) {
      this.linkClaimCache = new Map();
      for (const { row, links } of this.links)
        for (const link of links) {
          const list = this.linkClaimCache.get(link);
          if (list) list.push(row.claim);
          else this.linkClaimCache.set(link, [row.claim]);
        }
    }
    return this.linkClaimCache.get(key) ?? [];
  }

  /** The row of a claim. */
  rowOf(claim: string): StatementRow | undefined {
    this.rowByClaim ??= new Map(this.rows.map((row) => [row.claim, row]));
    return this.rowByClaim.get(claim);
  }

  /** Who asserted something and denied it later (the library's positionChanges), in date order. */
  get changes(): PositionChange[] {
    return (this.changeCache ??= positionChanges(this.graph));
  }

  /** Several documents: a corpus, best read first as who is in conflict with whom. */
  get isCorpus(): boolean {
    return this.index.documents > 1;
  }
}

export interface PlainData {
  kind: 'plain';
  graph: Graph;
  /** Why it is not a claim graph, in one line. */
  reason: string;
}

export type GraphData = ClaimData | PlainData;
