// toStatements: ClaimGraph → statements@1, the inverse of buildGraph. Node and edge
// insertion order carries the order of documents, actors, statements and their lists,
// so buildGraph → toStatements gives back the same statements. The projection works
// element by element (StatementsProjection), so that a file reader can project a graph as it
// streams in, without building it first; toStatements feeds it a whole graph.
import { FormatError } from '../errors.ts';
import { DOCUMENT_STRING_FIELDS, STANCES, type Stance } from './kinds.ts';
import {
  STATEMENTS_FORMAT,
  type ActorRecord,
  type DocumentRecord,
  type StatementRecord,
  type StatementsFile,
} from './schema.ts';
import type {
  ActorNode,
  ClaimGraph,
  ClaimNode,
  DocumentNode,
  EdgeAttributes,
  NodeAttributes,
  SpeechEdge,
} from './types.ts';
import { idOf } from './keys.ts';

const MODULE = 'claimgraph/model/toStatements';
const STANCE_SET: ReadonlySet<string> = new Set(STANCES);

/** The document's string fields in statements@1's key order: `file` first, then as the graph keeps them. */
const DOCUMENT_FIELDS = ['file', ...DOCUMENT_STRING_FIELDS.filter((field) => field !== 'file')] as const;

interface Claim {
  key: string;
  attrs: ClaimNode;
  speech?: { speaker: string; edge: SpeechEdge };
  speeches: number;
  /** targets, about and responds edges, in edge order (their lists interleave). */
  links: Link[];
}

interface Link {
  kind: 'targets' | 'about' | 'responds';
  target: string;
  /** The list index the edge's key ends with (`targets:d/s1#0`), when it has one. */
  index?: number;
}

const LIST_KEY = /^(?:about|targets|responds):.*#(\d+)$/;

/**
 * A claim's links with the items of each list that carry an index in their keys put back in
 * index order (in the slots those items hold): tools that rewrite a file group edges by
 * neighbour (networkx does), which would reorder a statement's targets. Others keep their order.
 */
function inListOrder(links: readonly Link[]): Link[] {
  const ordered = [...links];
  for (const kind of ['targets', 'about', 'responds'] as const) {
    const slots: number[] = [];
    links.forEach((link, position) => {
      if (link.kind === kind && link.index !== undefined) slots.push(position);
    });
    const sorted = slots.map((slot) => links[slot]!).sort((a, b) => a.index! - b.index!);
    slots.forEach((slot, i) => (ordered[slot] = sorted[i]!));
  }
  return ordered;
}

const idOrKey = (key: string): string => idOf(key) ?? key;

/** statements@1 of a graph given node by node and edge by edge (nodes before the edges that use them). */
export class StatementsProjection {
  private readonly documents: DocumentRecord[] = [];
  private readonly actors: { key: string; attrs: ActorNode }[] = [];
  private readonly memberOf = new Map<string, string>();
  private readonly claims = new Map<string, Claim>();

  node(key: string, attrs: NodeAttributes): void {
    if (attrs.kind === 'document') this.documents.push(documentRecord(key, attrs));
    else if (attrs.kind === 'actor') this.actors.push({ key, attrs });
    else this.claims.set(key, { key, attrs, speeches: 0, links: [] });
  }

  /** An edge; `key`, when given, may carry its place in its claim's list (see inListOrder). */
  edge(source: string, target: string, attrs: EdgeAttributes, key?: string): void {
    const { kind } = attrs;
    if (kind === 'targets' || kind === 'about' || kind === 'responds') {
      const index = key === undefined ? undefined : LIST_KEY.exec(key)?.[1];
      const link: Link = index === undefined ? { kind, target } : { kind, target, index: Number(index) };
      this.claims.get(source)?.links.push(link);
    } else if (kind === 'memberOf') this.memberOf.set(source, idOrKey(target));
    else if (STANCE_SET.has(kind)) {
      const claim = this.claims.get(target);
      if (!claim) return;
      claim.speech = { speaker: idOrKey(source), edge: attrs as SpeechEdge };
      claim.speeches++;
    }
  }

  /** The claims that have no speech edge, or several: [key, count]. */
  speakerProblems(): [string, number][] {
    const found: [string, number][] = [];
    for (const claim of this.claims.values()) if (claim.speeches !== 1) found.push([claim.key, claim.speeches]);
    return found;
  }

  finish(): StatementsFile {
    // Statement ids are unique per document in the graph but must be unique per file:
    // ids that occur in several documents are qualified with their document id.
    const count = new Map<string, number>();
    for (const { attrs } of this.claims.values()) count.set(attrs.statement, (count.get(attrs.statement) ?? 0) + 1);
    const statementId = (claim: ClaimNode): string =>
      (count.get(claim.statement) ?? 0) > 1 ? `${claim.doc}/${claim.statement}` : claim.statement;
    const statements: StatementRecord[] = [];
    for (const claim of this.claims.values()) statements.push(this.statementRecord(claim, statementId));
    const actors = this.actors.map(({ key, attrs }) => actorRecord(key, attrs, this.memberOf.get(key)));
    return { format: STATEMENTS_FORMAT, documents: this.documents, actors, statements };
  }

  private statementRecord(claim: Claim, statementId: (claim: ClaimNode) => string): StatementRecord {
    const { attrs, speech } = claim;
    if (!speech)
      throw new FormatError(
        MODULE,
        `claim ${JSON.stringify(claim.key)} has no speaker edge (asserts, accuses, denies or rejects)`,
      );
    const { speaker, edge } = speech;
    const targets: string[] = [];
    const about: string[] = [];
    const responds: string[] = [];
    for (const { kind, target } of inListOrder(claim.links)) {
      if (kind === 'targets') targets.push(idOrKey(target));
      else if (kind === 'about') about.push(idOrKey(target));
      else {
        const answered = this.claims.get(target);
        responds.push(answered ? statementId(answered.attrs) : target);
      }
    }
    const record: StatementRecord = {
      id: statementId(attrs),
      doc: attrs.doc,
      speaker,
      stance: edge.kind as Stance,
      cue: edge.cue,
      content: { start: attrs.start, end: attrs.end, text: attrs.text },
      evidence: edge.evidence,
      targets,
      about,
      responds,
    };
    if (edge.implicit !== undefined) record.implicit = edge.implicit;
    if (attrs.cluster !== undefined) record.cluster = attrs.cluster;
    if (edge.confidence !== undefined) record.confidence = edge.confidence;
    if (edge.rules !== undefined) record.rules = [...edge.rules];
    if (attrs.note !== undefined) record.note = attrs.note;
    return record;
  }
}

export function toStatements(graph: ClaimGraph): StatementsFile {
  const projection = new StatementsProjection();
  graph.forEachNode((key, attrs) => projection.node(key, attrs));
  graph.forEachEdge((_key, attrs, source, target) => projection.edge(source, target, attrs));
  return projection.finish();
}

function documentRecord(key: string, attrs: DocumentNode): DocumentRecord {
  const record: DocumentRecord = { id: idOrKey(key) };
  for (const field of DOCUMENT_FIELDS) {
    const value = attrs[field];
    if (value !== undefined) record[field] = value;
  }
  return record;
}

function actorRecord(key: string, attrs: ActorNode, memberOf: string | undefined): ActorRecord {
  const record: ActorRecord = {
    id: idOrKey(key),
    label: attrs.label,
    kind: attrs.actorKind,
    aliases: [...attrs.aliases],
  };
  if (memberOf !== undefined) record.memberOf = memberOf;
  if (attrs.note !== undefined) record.note = attrs.note;
  return record;
}
