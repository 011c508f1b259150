// The result types of the provenance queries. Every result is plain data (strings,
// numbers, arrays, objects), so `JSON.stringify` of a result is the `--json` output of
// `claimgraph query` and nothing needs the graph to read it.
import type { ActorKind, EdgeKind, NodeKind, Stance } from '../model/kinds.ts';
import type { Span } from '../model/schema.ts';
import type { DocumentMetadata } from '../model/types.ts';

/** An actor, as results name it. */
export interface ActorRef {
  /** Node key, e.g. `actor:lavrov`. */
  key: string;
  /** Actor id, e.g. `lavrov`. */
  id: string;
  label: string;
}

/** One statement: a speaker's speech act on a claim, with its spans. */
export interface StatementRef {
  /** Claim node key, e.g. `claim:aleppo-2016/s9`. */
  claim: string;
  doc: string;
  statement: string;
  speaker: ActorRef;
  stance: Stance;
  /** The claim's content span; `content.text` is what was said. */
  content: Span;
  /** The words that carry the speech act, or null when the attribution is implicit. */
  cue: Span | null;
  /** The sentence (or sentences) that carry the statement. */
  evidence: Span;
  about: ActorRef[];
  targets: ActorRef[];
  /** Claim keys of the statements this one answers (denials and rejections). */
  responds: string[];
  implicit: boolean;
}

/** Who asserted what about whom: the path speaker —stance→ claim —about/targets→ subject. */
export interface Triple {
  claim: string;
  doc: string;
  statement: string;
  speaker: ActorRef;
  stance: Stance;
  text: string;
  subject: ActorRef;
  /** How the claim reaches the subject: `about`, `targets` or both (in that order). */
  relations: ('about' | 'targets')[];
  cue: Span | null;
}

/** A statement that answers a contested claim. */
export interface Contestation {
  stance: 'denies' | 'rejects';
  statement: StatementRef;
}

/** A claim some statement denies or rejects, with every statement that does. */
export interface ContestedClaim {
  claim: StatementRef;
  contestedBy: Contestation[];
}

/** A statement in a response chain, `depth` responds-steps away from the asked claim. */
export interface ChainLink {
  depth: number;
  statement: StatementRef;
}

export interface ResponseChain {
  claim: StatementRef;
  /** What the claim answers, transitively, nearest first. */
  answers: ChainLink[];
  /** What answers the claim, transitively, nearest first. */
  answeredBy: ChainLink[];
}

/** A document, as results name it: its key and id and its publication metadata, not its text. */
export interface DocumentRef extends DocumentMetadata {
  key: string;
  id: string;
}

export interface Provenance {
  claim: string;
  statement: string;
  stance: Stance;
  implicit: boolean;
  document: DocumentRef;
  /** The outlet actor(s) publishing the claim (`publishes` edges), when the corpus names them. */
  publishedBy: ActorRef[];
  evidence: Span;
  cue: Span | null;
  content: Span;
  speaker: ActorRef & { actorKind: ActorKind };
  /** The organisations the speaker speaks for, along memberOf, nearest first. */
  speaksFor: ActorRef[];
  about: ActorRef[];
  targets: ActorRef[];
  /** Claim keys this statement answers, and of the statements answering it. */
  responds: string[];
  respondedBy: string[];
}

/** A node found by `reach`, `depth` edges away from the start. */
export interface ReachedNode {
  key: string;
  kind: NodeKind;
  label: string;
  depth: number;
}

export interface PathNode {
  key: string;
  kind: NodeKind;
  label: string;
}

/** An edge of a path, as stored in the graph (`source` → `target`), whichever way the path walked it. */
export interface PathEdge {
  key: string;
  kind: EdgeKind;
  source: string;
  target: string;
}

export interface Path {
  nodes: PathNode[];
  edges: PathEdge[];
}

/** Which way `reach` follows edges: along them, against them, or both. */
export const DIRECTIONS = ['out', 'in', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];
