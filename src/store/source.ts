// The store interface: what the command line and the server ask of a corpus, whether it lives in
// memory (a graph read from files, the embedded default) or in PostgreSQL. Both answer every
// provenance and corpus query with the same result objects; tests/store/differential.test.ts
// checks that they give identical answers.
import type {
  AccusationNetwork,
  ActorNetwork,
  ActorNetworkOptions,
  Corroboration,
  PositionChange,
} from '../corpus/queries/index.ts';
import type { NodeKind } from '../model/kinds.ts';
import type {
  ContestedOptions,
  ContestedClaim,
  Path,
  Provenance,
  ReachedNode,
  ReachOptions,
  ResponseChain,
  ResponseChainOptions,
  ShortestPathOptions,
  StatementRef,
  Triple,
  TriplesOptions,
} from '../query/index.ts';

import type { Page, PageOptions } from './page.ts';

export interface MembersOptions {
  includeMembers?: boolean;
}

export interface ClaimSource {
  /** The graph files, or the store's address. */
  readonly name: string;
  resolveNode(text: string, options?: { kinds?: readonly NodeKind[] }): Promise<string>;
  resolveActor(text: string): Promise<string>;
  resolveClaim(text: string): Promise<string>;
  /** A node's kind and label, or undefined for an unknown key. */
  node(key: string): Promise<{ kind: NodeKind; label: string } | undefined>;
  statementsBy(actor: string, options?: MembersOptions): Promise<StatementRef[]>;
  statementsAbout(actor: string, options?: MembersOptions): Promise<StatementRef[]>;
  accusationsAgainst(actor: string, options?: MembersOptions): Promise<StatementRef[]>;
  statementsInDocument(doc: string): Promise<StatementRef[]>;
  triples(actor?: string, options?: TriplesOptions): Promise<Triple[]>;
  /** triples a page at a time (page.ts): whole documents, at least `limit` triples, and the cursor of the next page. */
  triplesPage(actor?: string, options?: TriplesOptions & PageOptions): Promise<Page<Triple>>;
  /** statementsBy a page at a time. */
  statementsByPage(actor: string, options?: MembersOptions & PageOptions): Promise<Page<StatementRef>>;
  contested(options?: ContestedOptions): Promise<ContestedClaim[]>;
  responseChain(claim: string, options?: ResponseChainOptions): Promise<ResponseChain>;
  provenance(claim: string): Promise<Provenance>;
  reach(actor: string, options?: ReachOptions): Promise<ReachedNode[]>;
  /** reach a page at a time: `limit` nodes in visit order after the cursor (the key of the page before's last node). */
  reachPage(actor: string, options?: ReachOptions & PageOptions): Promise<Page<ReachedNode>>;
  shortestPath(from: string, to: string, options?: ShortestPathOptions): Promise<Path | null>;
  corroboration(claim: string): Promise<Corroboration>;
  corroborations(options?: { minDocuments?: number; speaker?: string }): Promise<Corroboration[]>;
  positionChanges(options?: { actor?: string; similarity?: number }): Promise<PositionChange[]>;
  accusationNetwork(options?: { minStatements?: number }): Promise<AccusationNetwork>;
  /** Who accuses, denies, rejects or asserts about whom (the viewer's actor network). */
  actorNetwork(options?: ActorNetworkOptions): Promise<ActorNetwork>;
  close(): Promise<void>;
}
