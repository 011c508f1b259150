// Reading the graph into result objects: an actor node into an ActorRef, a claim node and
// its edges into a StatementRef. Only the node's own edges are read, so building a result
// costs the degree of its nodes, never a scan of the graph.
import { QueryError } from '../errors.ts';
import { idOf } from '../model/keys.ts';
import { isStance } from '../model/kinds.ts';
import type { ClaimGraph, ClaimNode, SpeechEdge } from '../model/types.ts';
import type { ActorRef, StatementRef } from './types.ts';

export function actorRef(graph: ClaimGraph, key: string): ActorRef {
  return { key, id: idOf(key) ?? key, label: graph.getNodeAttribute(key, 'label') };
}

/** The speaker and speech edge of a claim: the one actor —stance→ claim edge. */
export function speechOf(module: string, graph: ClaimGraph, claim: string): { speaker: string; edge: SpeechEdge } {
  let found: { speaker: string; edge: SpeechEdge } | undefined;
  graph.forEachInEdge(claim, (_edge, attrs, source) => {
    if (isStance(attrs.kind)) found = { speaker: source, edge: attrs as SpeechEdge };
  });
  if (!found)
    throw new QueryError(
      module,
      `claim ${JSON.stringify(claim)} has no speaker (no asserts, accuses, denies or rejects edge)`,
      claim,
    );
  return found;
}

export function statementRef(module: string, graph: ClaimGraph, claim: string): StatementRef {
  const node = graph.getNodeAttributes(claim) as ClaimNode;
  const { speaker, edge } = speechOf(module, graph, claim);
  const about: ActorRef[] = [];
  const targets: ActorRef[] = [];
  const responds: string[] = [];
  graph.forEachOutEdge(claim, (_edge, attrs, _source, target) => {
    if (attrs.kind === 'about') about.push(actorRef(graph, target));
    else if (attrs.kind === 'targets') targets.push(actorRef(graph, target));
    else if (attrs.kind === 'responds') responds.push(target);
  });
  return {
    claim,
    doc: node.doc,
    statement: node.statement,
    speaker: actorRef(graph, speaker),
    stance: edge.kind,
    content: { start: node.start, end: node.end, text: node.text },
    cue: edge.cue,
    evidence: edge.evidence,
    about,
    targets,
    responds,
    implicit: edge.implicit ?? false,
  };
}
