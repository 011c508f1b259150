// The graph's node and edge attributes (SPEC.md §2) and the one graph type, ClaimGraph,
// shared by the library, the command line and the viewer.
import type { MultiDirectedGraph } from 'graphology';
import type { ActorKind, Stance } from './kinds.ts';
import type { Span } from './schema.ts';

/** Where and when a document was published: what query results repeat about it (DocumentRef). */
export interface DocumentMetadata {
  title?: string;
  dateline?: string;
  published?: string;
  url?: string;
  file?: string;
  outlet?: string;
}

export interface DocumentNode extends DocumentMetadata {
  kind: 'document';
  label: string;
  /** The outlet's actor id (corpus extension): it `publishes` each claim of the document. */
  outletActor?: string;
  /** Content hash of the text (corpus extension): a re-run of ingest skips the document. */
  hash?: string;
  note?: string;
  /** The article text, when known: spans index into it. */
  text?: string;
}

export interface ActorNode {
  kind: 'actor';
  label: string;
  actorKind: ActorKind;
  aliases: string[];
  note?: string;
}

export interface ClaimNode {
  kind: 'claim';
  label: string;
  /** The content span's text. */
  text: string;
  doc: string;
  start: number;
  end: number;
  /** The statement id inside its document. */
  statement: string;
  /** Corroboration cluster id (corpus extension): claims with the same id report the same claim. */
  cluster?: string;
  note?: string;
}

export type NodeAttributes = DocumentNode | ActorNode | ClaimNode;

/** actor → claim: the speech act itself. */
export interface SpeechEdge {
  kind: Stance;
  statement: string;
  doc: string;
  cue: Span | null;
  evidence: Span;
  implicit?: boolean;
  /** How likely the statement is right, in [0, 1] (extraction extension). */
  confidence?: number;
  /** The extraction rules that produced the statement, in the order they fired. */
  rules?: string[];
}

/** document → claim. */
export interface ReportsEdge {
  kind: 'reports';
  doc: string;
  statement: string;
  evidence: Span;
}

/**
 * claim → actor (about, targets), claim → claim (responds, corroborates), actor → actor
 * (memberOf), outlet actor → claim (publishes).
 */
export interface LinkEdge {
  kind: 'about' | 'targets' | 'responds' | 'memberOf' | 'publishes' | 'corroborates';
}

export type EdgeAttributes = SpeechEdge | ReportsEdge | LinkEdge;

export interface GraphAttributes {
  format?: string;
}

export type ClaimGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
