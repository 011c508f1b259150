// statementTable: every statement of the graph as one flat row (speaker, stance, targets,
// about, what it answers, content, document, publication date, confidence), in document
// order. One walk over the claims and their own edges; the rows are plain data that a table,
// a CSV export or the actor network (src/corpus/queries/actorNetwork.ts) can filter and
// count again and again without touching the graph.
import { QueryError } from '../errors.ts';
import { docKey, idOf } from '../model/keys.ts';
import { isStance, type Stance } from '../model/kinds.ts';
import type { ClaimGraph, ClaimNode, DocumentNode, NodeAttributes, SpeechEdge } from '../model/types.ts';
import type { Span } from '../model/schema.ts';
import { dateKey, documentDate, type DocumentDate } from '../time/index.ts';
import { documentOrder } from './order.ts';
import type { ActorRef } from './types.ts';
import { assertGraph, readOptions } from './validate.ts';

const MODULE = 'claimgraph/query/statementTable';

export interface StatementRow {
  /** Claim node key. */
  claim: string;
  doc: string;
  statement: string;
  speaker: ActorRef;
  stance: Stance;
  /** What was said (the content span's text). */
  content: string;
  targets: ActorRef[];
  about: ActorRef[];
  /** Claim keys this statement answers (denials and rejections). */
  responds: string[];
  /** The document's title (its id when untitled) and publication date, when known. */
  docTitle: string;
  date?: DocumentDate;
  /** How likely the statement is right, when extraction said. */
  confidence?: number;
  /** For document order: the spans and the date's sort key. */
  evidence: Span;
  cue: Span | null;
  contentSpan: Span;
  dateKey: string;
}

export function statementTable(graph: ClaimGraph, options?: Record<string, never>): StatementRow[] {
  assertGraph(MODULE, graph);
  readOptions(MODULE, options, []);
  const refs = new Map<string, ActorRef>();
  const ref = (key: string, attrs: NodeAttributes): ActorRef => {
    let found = refs.get(key);
    if (!found) refs.set(key, (found = { key, id: idOf(key) ?? key, label: attrs.label }));
    return found;
  };
  const docs = new Map<string, { title: string; date: DocumentDate | undefined; key: string }>();
  const docOf = (id: string): { title: string; date: DocumentDate | undefined; key: string } => {
    let found = docs.get(id);
    if (!found) {
      const key = docKey(id);
      const node = graph.hasNode(key) ? (graph.getNodeAttributes(key) as DocumentNode) : undefined;
      const date = node === undefined ? undefined : documentDate(node);
      docs.set(id, (found = { title: node?.title ?? node?.label ?? id, date, key: dateKey(date) }));
    }
    return found;
  };

  const rows: StatementRow[] = [];
  graph.forEachNode((claim, attrs) => {
    if (attrs.kind !== 'claim') return;
    const node = attrs as ClaimNode;
    let speaker: ActorRef | undefined;
    let speech: SpeechEdge | undefined;
    const targets: ActorRef[] = [];
    const about: ActorRef[] = [];
    const responds: string[] = [];
    graph.forEachEdge(claim, (_edge, edge, source, target, sourceAttrs, targetAttrs) => {
      if (target === claim) {
        if (isStance(edge.kind)) [speaker, speech] = [ref(source, sourceAttrs), edge as SpeechEdge];
      } else if (edge.kind === 'about') about.push(ref(target, targetAttrs));
      else if (edge.kind === 'targets') targets.push(ref(target, targetAttrs));
      else if (edge.kind === 'responds') responds.push(target);
    });
    if (!speaker || !speech)
      throw new QueryError(MODULE, `claim ${JSON.stringify(claim)} has no speaker (no speech-act edge)`, claim);
    const doc = docOf(node.doc);
    const row: StatementRow = {
      claim,
      doc: node.doc,
      statement: node.statement,
      speaker,
      stance: speech.kind,
      content: node.text,
      targets,
      about,
      responds,
      docTitle: doc.title,
      evidence: speech.evidence,
      cue: speech.cue,
      contentSpan: { start: node.start, end: node.end, text: node.text },
      dateKey: doc.key,
    };
    if (doc.date) row.date = doc.date;
    if (speech.confidence !== undefined) row.confidence = speech.confidence;
    rows.push(row);
  });
  const order = documentOrder(graph);
  return rows
    .map((row) => ({ row, placed: { ...row, content: row.contentSpan } }))
    .sort((a, b) => order(a.placed, b.placed))
    .map(({ row }) => row);
}
