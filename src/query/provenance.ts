// provenance: where a claim comes from: its document, the evidence sentence, the cue and
// content spans (offsets into the document text), the speaker and stance, and the
// organisations the speaker speaks for up its memberOf chain (Lavrov → Russia; the Syrian
// army → the Syrian government), and the outlet that published it when the corpus names one.
import { QueryError } from '../errors.ts';
import { docKey, idOf } from '../model/keys.ts';
import type { ActorNode, ClaimGraph, DocumentMetadata, DocumentNode } from '../model/types.ts';
import { actorRef, statementRef } from './refs.ts';
import type { ActorRef, DocumentRef, Provenance } from './types.ts';
import { assertGraph, assertNode } from './validate.ts';
import { speaksFor } from './walk.ts';

const MODULE = 'claimgraph/query/provenance';

// A Record over DocumentMetadata's fields, so that a field added there is a type error here until copied.
const DOCUMENT_FIELDS = Object.keys({
  title: 0,
  dateline: 0,
  published: 0,
  url: 0,
  file: 0,
  outlet: 0,
} satisfies Record<keyof DocumentMetadata, 0>) as (keyof DocumentMetadata)[];

export function provenance(graph: ClaimGraph, claimKey: string): Provenance {
  assertGraph(MODULE, graph);
  assertNode(MODULE, graph, claimKey, 'claim');

  const statement = statementRef(MODULE, graph, claimKey);
  const respondedBy: string[] = [];
  const publishedBy: ActorRef[] = [];
  graph.forEachInEdge(claimKey, (_edge, attrs, source) => {
    if (attrs.kind === 'responds') respondedBy.push(source);
    else if (attrs.kind === 'publishes') publishedBy.push(actorRef(graph, source));
  });
  const speaker = statement.speaker.key;
  return {
    claim: claimKey,
    statement: statement.statement,
    stance: statement.stance,
    implicit: statement.implicit,
    document: documentRef(graph, statement.doc),
    publishedBy,
    evidence: statement.evidence,
    cue: statement.cue,
    content: statement.content,
    speaker: { ...statement.speaker, actorKind: (graph.getNodeAttributes(speaker) as ActorNode).actorKind },
    speaksFor: speaksFor(graph, speaker).map((key) => actorRef(graph, key)),
    about: statement.about,
    targets: statement.targets,
    responds: statement.responds,
    respondedBy,
  };
}

function documentRef(graph: ClaimGraph, doc: string): DocumentRef {
  const key = docKey(doc);
  if (!graph.hasNode(key))
    throw new QueryError(MODULE, `document node ${JSON.stringify(key)} of the claim is missing`, key);
  const node = graph.getNodeAttributes(key) as DocumentNode;
  const ref: DocumentRef = { key, id: idOf(key) ?? doc };
  for (const field of DOCUMENT_FIELDS) {
    const value = node[field];
    if (value !== undefined) ref[field] = value;
  }
  return ref;
}
