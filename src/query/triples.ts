// triples: who asserted what about whom, the path speaker —stance→ claim —about/targets→
// subject, one triple per claim and subject (a subject both about and targeted is one
// triple with both relations). For one actor, the triples where it is the speaker, the
// subject, or either (the default); only the actor's own edges and its claims' edges are
// read, so the cost follows the actor's degree, not the graph's size. Without an actor,
// every triple of the graph. Triples come in document order, then in the order the
// claim's subjects were added; `relations` lists `about` before `targets`.
//
// Speed: on a large graph the cost is the random reads into graphology's node map (cache
// misses, measured with bench/query.bench.ts), so each claim is read with one edge walk
// that collects its speaker, its document's date (from the `reports` edge) and its
// subjects with their attributes, and nothing is looked up by key afterwards.
import { QueryError } from '../errors.ts';
import { idOf } from '../model/keys.ts';
import { isStance } from '../model/kinds.ts';
import type { ClaimGraph, ClaimNode, DocumentNode, NodeAttributes, SpeechEdge } from '../model/types.ts';
import { documentDateKey, documentOrder, type Placed } from './order.ts';
import type { ActorRef, Triple } from './types.ts';
import { assertGraph, assertNode, choiceOption, readOptions } from './validate.ts';

const MODULE = 'claimgraph/query/triples';
const RELATIONS = ['about', 'targets'] as const;
type Relation = (typeof RELATIONS)[number];

export const TRIPLE_ROLES = ['speaker', 'subject', 'either'] as const;
export type TripleRole = (typeof TRIPLE_ROLES)[number];

export interface TriplesOptions {
  /** Whether the actor must be the speaker, the subject, or either. Default `either`. */
  role?: TripleRole;
}

/** A claim read in one walk of its edges; `onlySubject` when the actor is only its subject. */
interface Gathered extends Placed {
  node: ClaimNode;
  speaker: ActorRef;
  speech: SpeechEdge;
  subjects: Map<string, { ref: ActorRef; relations: Relation[] }>;
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

  // Speakers and subjects recur across claims: one ActorRef each, shared.
  const refs = new Map<string, ActorRef>();
  const ref = (key: string, attrs: NodeAttributes): ActorRef => {
    let found = refs.get(key);
    if (!found) refs.set(key, (found = { key, id: idOf(key) ?? key, label: attrs.label }));
    return found;
  };
  const gathered = new Map<string, Gathered>();
  const add = (claim: string, attrs: NodeAttributes, onlySubject?: string): void => {
    const known = gathered.get(claim);
    if (known) {
      if (onlySubject === undefined) delete known.onlySubject;
      return;
    }
    const item = gather(graph, claim, attrs as ClaimNode, ref);
    if (onlySubject !== undefined) item.onlySubject = onlySubject;
    gathered.set(claim, item);
  };

  if (actorKey === undefined) {
    graph.forEachNode((key, attrs) => {
      if (attrs.kind === 'claim') add(key, attrs);
    });
  } else {
    if (role !== 'subject') {
      graph.forEachOutEdge(actorKey, (_edge, attrs, _source, claim, _sourceAttrs, claimAttrs) => {
        if (isStance(attrs.kind)) add(claim, claimAttrs);
      });
    }
    if (role !== 'speaker') {
      graph.forEachInEdge(actorKey, (_edge, attrs, claim, _target, claimAttrs) => {
        if (attrs.kind === 'about' || attrs.kind === 'targets') add(claim, claimAttrs, actorKey);
      });
    }
  }

  const result: Triple[] = [];
  for (const item of [...gathered.values()].sort(documentOrder(graph))) {
    for (const [subject, { ref: subjectRef, relations }] of item.subjects) {
      if (item.onlySubject !== undefined && subject !== item.onlySubject) continue;
      result.push({
        claim: item.claim,
        doc: item.node.doc,
        statement: item.node.statement,
        speaker: item.speaker,
        stance: item.speech.kind,
        text: item.node.text,
        subject: subjectRef,
        relations: RELATIONS.filter((relation) => relations.includes(relation)),
        cue: item.speech.cue,
      });
    }
  }
  return result;
}

function gather(
  graph: ClaimGraph,
  claim: string,
  node: ClaimNode,
  ref: (key: string, attrs: NodeAttributes) => ActorRef,
): Gathered {
  let speaker: ActorRef | undefined;
  let speech: SpeechEdge | undefined;
  let date: string | undefined;
  const subjects: Gathered['subjects'] = new Map();
  graph.forEachEdge(claim, (_edge, attrs, source, target, sourceAttrs, targetAttrs) => {
    if (target === claim) {
      if (isStance(attrs.kind)) {
        speaker = ref(source, sourceAttrs);
        speech = attrs as SpeechEdge;
      } else if (attrs.kind === 'reports') {
        date = documentDateKey(sourceAttrs as DocumentNode);
      }
    } else if (attrs.kind === 'about' || attrs.kind === 'targets') {
      const known = subjects.get(target);
      if (known) known.relations.push(attrs.kind);
      else subjects.set(target, { ref: ref(target, targetAttrs), relations: [attrs.kind] });
    }
  });
  if (!speaker || !speech) {
    throw new QueryError(
      MODULE,
      `claim ${JSON.stringify(claim)} has no speaker (no asserts, accuses, denies or rejects edge)`,
      claim,
    );
  }
  return {
    claim,
    doc: node.doc,
    cue: speech.cue,
    evidence: speech.evidence,
    content: node,
    ...(date !== undefined ? { dateKey: date } : {}),
    node,
    speaker,
    speech,
    subjects,
  };
}
