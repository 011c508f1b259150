// accusationNetwork: who accuses whom across the corpus, as its own small graph: one node
// per actor involved, one edge accuser → accused with how many accusation statements,
// distinct accusations (corroboration clusters) and documents it sums up.
import { DirectedGraph } from 'graphology';
import { QueryError } from '../../errors.ts';
import type { ActorKind, ActorNode, ClaimGraph } from '../../model/index.ts';
import { assertGraph, readOptions } from '../../query/validate.ts';

const MODULE = 'claimgraph/corpus/accusationNetwork';

export interface AccuserNode {
  label: string;
  actorKind: ActorKind;
}

export interface AccusationLink {
  kind: 'accuses';
  /** Accusation statements (each report counts), distinct accusations, documents. */
  statements: number;
  claims: number;
  documents: number;
}

export type AccusationNetwork = DirectedGraph<AccuserNode, AccusationLink>;

export interface AccusationNetworkOptions {
  /** Keep only links with at least this many statements. Default 1. */
  minStatements?: number;
}

export function accusationNetwork(graph: ClaimGraph, options?: AccusationNetworkOptions): AccusationNetwork {
  assertGraph(MODULE, graph);
  const opts = readOptions(MODULE, options, ['minStatements']);
  const min = opts.minStatements ?? 1;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1) {
    throw new QueryError(MODULE, `option minStatements: expected a whole number ≥ 1, got ${JSON.stringify(min)}`, min);
  }
  const links = new Map<
    string,
    { from: string; to: string; statements: number; claims: Set<string>; documents: Set<string> }
  >();
  graph.forEachEdge((_edge, attrs, speaker, claim) => {
    if (attrs.kind !== 'accuses') return;
    let head = claim;
    graph.forEachOutEdge(claim, (_e, a, _s, target) => {
      if (a.kind === 'corroborates') head = target;
    });
    graph.forEachOutEdge(claim, (_e, a, _s, accused) => {
      if (a.kind !== 'targets') return;
      const key = `${speaker}\u0000${accused}`;
      let link = links.get(key);
      if (!link)
        links.set(key, (link = { from: speaker, to: accused, statements: 0, claims: new Set(), documents: new Set() }));
      link.statements++;
      link.claims.add(head);
      link.documents.add(attrs.doc as string);
    });
  });
  const network: AccusationNetwork = new DirectedGraph();
  const addActor = (key: string) => {
    if (network.hasNode(key)) return;
    const actor = graph.getNodeAttributes(key) as ActorNode;
    network.addNode(key, { label: actor.label, actorKind: actor.actorKind });
  };
  for (const link of links.values()) {
    if (link.statements < min) continue;
    addActor(link.from);
    addActor(link.to);
    network.addDirectedEdge(link.from, link.to, {
      kind: 'accuses',
      statements: link.statements,
      claims: link.claims.size,
      documents: link.documents.size,
    });
  }
  return network;
}
