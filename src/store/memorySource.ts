// The in-memory corpus (a graph from files) behind the store interface: the queries of
// src/query and src/corpus/queries, called as they are.
import {
  accusationNetwork,
  actorNetwork,
  corroboration,
  corroborations,
  positionChanges,
  type ActorNetworkOptions,
} from '../corpus/queries/index.ts';
import type { ClaimGraph } from '../model/index.ts';
import * as q from '../query/index.ts';
import { docKey } from '../model/keys.ts';
import type { DocumentNode } from '../model/types.ts';
import { documentDateKey } from '../query/order.ts';
import { documentOrderKey } from './order.ts';
import { pageAfter, pageOf, pageOptions, type PageOptions } from './page.ts';
import type { ClaimSource } from './source.ts';

/** Items of one query's answer (in document order) grouped by document, each group keyed by the document's order key. */
function byDocument<T extends { doc: string }>(graph: ClaimGraph, items: readonly T[]): { key: string; items: T[] }[] {
  const groups: { key: string; items: T[] }[] = [];
  let doc: string | undefined;
  for (const item of items) {
    if (item.doc !== doc) {
      doc = item.doc;
      const node = graph.hasNode(docKey(doc)) ? (graph.getNodeAttributes(docKey(doc)) as DocumentNode) : undefined;
      groups.push({ key: documentOrderKey(documentDateKey(node), doc), items: [] });
    }
    (groups[groups.length - 1] as { items: T[] }).items.push(item);
  }
  return groups;
}

export class MemorySource implements ClaimSource {
  constructor(
    readonly graph: ClaimGraph,
    readonly name = 'graph',
  ) {}

  resolveNode = async (text: string, options?: q.ResolveOptions) => q.resolveNode(this.graph, text, options);
  resolveActor = async (text: string) => q.resolveActor(this.graph, text);
  resolveClaim = async (text: string) => q.resolveClaim(this.graph, text);
  node = async (key: string) => {
    if (!this.graph.hasNode(key)) return undefined;
    const attrs = this.graph.getNodeAttributes(key);
    return { kind: attrs.kind, label: attrs.label };
  };
  statementsBy = async (actor: string, options?: q.StatementsByOptions) => q.statementsBy(this.graph, actor, options);
  statementsAbout = async (actor: string, options?: q.StatementsAboutOptions) =>
    q.statementsAbout(this.graph, actor, options);
  accusationsAgainst = async (actor: string, options?: q.AccusationsAgainstOptions) =>
    q.accusationsAgainst(this.graph, actor, options);
  statementsInDocument = async (doc: string) => q.statementsInDocument(this.graph, doc);
  triples = async (actor?: string, options?: q.TriplesOptions) => q.triples(this.graph, actor, options);
  triplesPage = async (actor?: string, options?: q.TriplesOptions & PageOptions) => {
    const { limit, after, rest } = pageOptions('claimgraph/query/triples', options, ['role']);
    return pageOf(byDocument(this.graph, q.triples(this.graph, actor, rest)), limit, after);
  };
  statementsByPage = async (actor: string, options?: q.StatementsByOptions & PageOptions) => {
    const { limit, after, rest } = pageOptions('claimgraph/query/statementsBy', options, ['includeMembers']);
    return pageOf(byDocument(this.graph, q.statementsBy(this.graph, actor, rest)), limit, after);
  };
  contested = async (options?: q.ContestedOptions) => q.contested(this.graph, options);
  responseChain = async (claim: string, options?: q.ResponseChainOptions) =>
    q.responseChain(this.graph, claim, options);
  provenance = async (claim: string) => q.provenance(this.graph, claim);
  reach = async (actor: string, options?: q.ReachOptions) => q.reach(this.graph, actor, options);
  reachPage = async (actor: string, options?: q.ReachOptions & PageOptions) => {
    const { limit, after, rest } = pageOptions('claimgraph/query/reach', options, ['edgeKinds', 'depth', 'direction']);
    return pageAfter('claimgraph/query/reach', q.reach(this.graph, actor, rest), limit, after);
  };
  shortestPath = async (from: string, to: string, options?: q.ShortestPathOptions) =>
    q.shortestPath(this.graph, from, to, options);
  corroboration = async (claim: string) => corroboration(this.graph, claim);
  corroborations = async (options?: { minDocuments?: number; speaker?: string }) => corroborations(this.graph, options);
  positionChanges = async (options?: { actor?: string; similarity?: number }) => positionChanges(this.graph, options);
  accusationNetwork = async (options?: { minStatements?: number }) => accusationNetwork(this.graph, options);
  actorNetwork = async (options?: ActorNetworkOptions) => actorNetwork(this.graph, options);
  close = async () => undefined;
}
