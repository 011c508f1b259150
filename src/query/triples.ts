// triples: who asserted what about whom, the path speaker —stance→ claim —about/targets→
// subject, one triple per claim and subject (a subject both about and targeted is one
// triple with both relations). For one actor, the triples where it is the speaker, the
// subject, or either (the default); only the actor's own edges and its claims' edges are
// read, so the cost follows the actor's degree, not the graph's size. Without an actor,
// every triple of the graph. Triples come in document order, then in the order the
// claim's subjects were added; `relations` lists `about` before `targets`.
import { QueryError } from '../errors.ts';
import { isStance } from '../model/kinds.ts';
import type { ClaimGraph, ClaimNode, SpeechEdge } from '../model/types.ts';
import { documentOrder, type Placed } from './order.ts';
import { actorRef, speechOf } from './refs.ts';
import type { Triple } from './types.ts';
import { assertGraph, assertNode, choiceOption, readOptions } from './validate.ts';

const MODULE = 'claimgraph/query/triples';
const RELATIONS = ['about', 'targets'] as const;

export const TRIPLE_ROLES = ['speaker', 'subject', 'either'] as const;
export type TripleRole = (typeof TRIPLE_ROLES)[number];

export interface TriplesOptions {
  /** Whether the actor must be the speaker, the subject, or either. Default `either`. */
  role?: TripleRole;
}

/** A claim to expand, with the one subject to keep when the actor is only its subject. */
interface Pending extends Placed {
  node: ClaimNode;
  speaker: string;
  speech: SpeechEdge;
  onlySubject?: string;
}

export function triples(graph: ClaimGraph, actorKey?: string, options?: TriplesOptions): Triple[] {
  assertGraph(MODULE, graph);
  if (actorKey !== undefined) assertNode(MODULE, graph, actorKey, 'actor');
  const opts = readOptions(MODULE, options, ['role']);
  if (actorKey === undefined && opts.role !== undefined) {
    throw new QueryError(MODULE, `option role ${JSON.stringify(opts.role)} needs an actor`, opts.role);
  }
  const role = choiceOption(MODULE, opts, 'role', TRIPLE_ROLES, 'either');

  const pending = new Map<string, Pending>();
  const add = (claim: string, onlySubject?: string): void => {
    const known = pending.get(claim);
    if (known) {
      if (onlySubject === undefined) delete known.onlySubject;
      return;
    }
    const node = graph.getNodeAttributes(claim) as ClaimNode;
    const { speaker, edge } = speechOf(MODULE, graph, claim);
    const item: Pending = {
      claim,
      node,
      speaker,
      speech: edge,
      doc: node.doc,
      cue: edge.cue,
      evidence: edge.evidence,
      content: { start: node.start, end: node.end, text: node.text },
    };
    if (onlySubject !== undefined) item.onlySubject = onlySubject;
    pending.set(claim, item);
  };

  if (actorKey === undefined) {
    graph.forEachNode((key, attrs) => {
      if (attrs.kind === 'claim') add(key);
    });
  } else {
    if (role !== 'subject') {
      graph.forEachOutEdge(actorKey, (_edge, attrs, _source, claim) => {
        if (isStance(attrs.kind)) add(claim);
      });
    }
    if (role !== 'speaker') {
      graph.forEachInEdge(actorKey, (_edge, attrs, claim) => {
        if (attrs.kind === 'about' || attrs.kind === 'targets') add(claim, actorKey);
      });
    }
  }

  const result: Triple[] = [];
  for (const item of [...pending.values()].sort(documentOrder(graph))) result.push(...expand(graph, item));
  return result;
}

function expand(graph: ClaimGraph, item: Pending): Triple[] {
  const { node, speaker, speech } = item;
  const bySubject = new Map<string, Triple>();
  graph.forEachOutEdge(item.claim, (_edge, attrs, _source, subject) => {
    if (attrs.kind !== 'about' && attrs.kind !== 'targets') return;
    if (item.onlySubject !== undefined && subject !== item.onlySubject) return;
    const known = bySubject.get(subject);
    if (known) {
      if (!known.relations.includes(attrs.kind)) known.relations = RELATIONS.filter((r) => r === attrs.kind || known.relations.includes(r));
      return;
    }
    bySubject.set(subject, {
      claim: item.claim,
      doc: node.doc,
      statement: node.statement,
      speaker: actorRef(graph, speaker),
      stance: speech.kind,
      text: node.text,
      subject: actorRef(graph, subject),
      relations: [attrs.kind],
      cue: speech.cue,
    });
  });
  return [...bySubject.values()];
}
