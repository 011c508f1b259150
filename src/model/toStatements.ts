// toStatements: ClaimGraph → statements@1, the inverse of buildGraph. Node and edge
// insertion order carries the order of documents, actors, statements and their lists,
// so buildGraph → toStatements gives back the same statements.
import { FormatError } from '../errors.ts';
import { STANCES, type Stance } from './kinds.ts';
import {
  STATEMENTS_FORMAT,
  type ActorRecord,
  type DocumentRecord,
  type StatementRecord,
  type StatementsFile,
} from './schema.ts';
import type { ActorNode, ClaimGraph, ClaimNode, DocumentNode, SpeechEdge } from './types.ts';
import { idOf } from './keys.ts';

const MODULE = 'claimgraph/model/toStatements';
const STANCE_SET: ReadonlySet<string> = new Set(STANCES);

export function toStatements(graph: ClaimGraph): StatementsFile {
  const documents: DocumentRecord[] = [];
  const actors: ActorRecord[] = [];
  const claims: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'document') documents.push(documentRecord(key, attrs));
    else if (attrs.kind === 'actor') actors.push(actorRecord(graph, key, attrs));
    else claims.push(key);
  });
  // Statement ids are unique per document in the graph but must be unique per file:
  // ids that occur in several documents are qualified with their document id.
  const count = new Map<string, number>();
  for (const key of claims) {
    const id = (graph.getNodeAttributes(key) as ClaimNode).statement;
    count.set(id, (count.get(id) ?? 0) + 1);
  }
  const statementId = (key: string): string => {
    const claim = graph.getNodeAttributes(key) as ClaimNode;
    return (count.get(claim.statement) ?? 0) > 1 ? `${claim.doc}/${claim.statement}` : claim.statement;
  };
  // Links per claim in edge insertion order: forEachOutEdge groups edges by neighbour, which
  // would reorder a targets/about/responds list whose items interleave with another list's.
  const links = new Map<string, { kind: string; target: string }[]>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (attrs.kind !== 'targets' && attrs.kind !== 'about' && attrs.kind !== 'responds') return;
    const list = links.get(source);
    if (list) list.push({ kind: attrs.kind, target });
    else links.set(source, [{ kind: attrs.kind, target }]);
  });
  const statements = claims.map((key) => statementRecord(graph, key, statementId, links.get(key) ?? []));
  return { format: STATEMENTS_FORMAT, documents, actors, statements };
}

function documentRecord(key: string, attrs: DocumentNode): DocumentRecord {
  const record: DocumentRecord = { id: idOf(key) ?? key };
  for (const field of [
    'file',
    'title',
    'dateline',
    'published',
    'url',
    'outlet',
    'outletActor',
    'hash',
    'note',
    'text',
  ] as const) {
    const value = attrs[field];
    if (value !== undefined) record[field] = value;
  }
  return record;
}

function actorRecord(graph: ClaimGraph, key: string, attrs: ActorNode): ActorRecord {
  const record: ActorRecord = {
    id: idOf(key) ?? key,
    label: attrs.label,
    kind: attrs.actorKind,
    aliases: [...attrs.aliases],
  };
  graph.forEachOutEdge(key, (_edge, edgeAttrs, _source, target) => {
    if (edgeAttrs.kind === 'memberOf') record.memberOf = idOf(target) ?? target;
  });
  if (attrs.note !== undefined) record.note = attrs.note;
  return record;
}

function statementRecord(
  graph: ClaimGraph,
  key: string,
  statementId: (key: string) => string,
  links: readonly { kind: string; target: string }[],
): StatementRecord {
  const claim = graph.getNodeAttributes(key) as ClaimNode;
  let speech: { speaker: string; edge: SpeechEdge } | undefined;
  graph.forEachInEdge(key, (_edge, attrs, source) => {
    if (STANCE_SET.has(attrs.kind)) speech = { speaker: idOf(source) ?? source, edge: attrs as SpeechEdge };
  });
  if (!speech)
    throw new FormatError(
      MODULE,
      `claim ${JSON.stringify(key)} has no speaker edge (asserts, accuses, denies or rejects)`,
    );
  const { speaker, edge } = speech;
  const targets: string[] = [];
  const about: string[] = [];
  const responds: string[] = [];
  for (const { kind, target } of links) {
    if (kind === 'targets') targets.push(idOf(target) ?? target);
    else if (kind === 'about') about.push(idOf(target) ?? target);
    else responds.push(statementId(target));
  }
  const record: StatementRecord = {
    id: statementId(key),
    doc: claim.doc,
    speaker,
    stance: edge.kind as Stance,
    cue: edge.cue,
    content: { start: claim.start, end: claim.end, text: claim.text },
    evidence: edge.evidence,
    targets,
    about,
    responds,
  };
  if (edge.implicit !== undefined) record.implicit = edge.implicit;
  if (claim.cluster !== undefined) record.cluster = claim.cluster;
  if (edge.confidence !== undefined) record.confidence = edge.confidence;
  if (edge.rules !== undefined) record.rules = [...edge.rules];
  if (claim.note !== undefined) record.note = claim.note;
  return record;
}
