// Shared by the query tests: the curated Aleppo graph (loaded once), tiny hand-built
// graphs for exact visit orders, small statement sets for multi-document cases, and a way
// to catch a thrown QueryError and read its exact message.
import { expect } from 'vitest';
import { QueryError } from '../../src/errors.ts';
import { loadDefaultGraph } from '../../src/io/defaultGraph.ts';
import {
  STATEMENTS_FORMAT,
  buildGraph,
  createClaimGraph,
  type ActorRecord,
  type ClaimGraph,
  type EdgeAttributes,
  type EdgeKind,
  type StatementRecord,
  type StatementsFile,
} from '../../src/model/index.ts';

let aleppo: Promise<ClaimGraph> | undefined;

/** The curated Aleppo graph; queries never mutate it, so every test shares one copy. */
export function aleppoGraph(): Promise<ClaimGraph> {
  aleppo ??= loadDefaultGraph();
  return aleppo;
}

/** The message of the QueryError `fn` throws (the test fails if it throws nothing or something else). */
export function queryErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(QueryError);
    return (error as QueryError).message;
  }
  throw new Error('expected a QueryError, nothing was thrown');
}

export const ids = (items: readonly { statement: string }[]): string[] => items.map((item) => item.statement);

/**
 * A graph from a compact description: nodes `actor:x`, `claim:d/s` or `doc:d` (the kind
 * comes from the prefix, the label is the id), edges `[source, kind, target]` in order.
 */
export function tinyGraph(
  nodes: readonly string[],
  edges: readonly (readonly [string, EdgeKind, string])[],
): ClaimGraph {
  const graph = createClaimGraph();
  for (const key of nodes) {
    const [prefix, id = ''] = key.split(/:(.*)/s) as [string, string];
    if (prefix === 'actor') graph.addNode(key, { kind: 'actor', label: id, actorKind: 'other', aliases: [] });
    else if (prefix === 'doc') graph.addNode(key, { kind: 'document', label: id });
    else {
      const [doc = '', statement = ''] = id.split('/');
      graph.addNode(key, { kind: 'claim', label: id, text: id, doc, start: 0, end: id.length, statement });
    }
  }
  // Only kind matters to the walks; speech and reports edges would also carry spans.
  edges.forEach(([source, kind, target], i) =>
    graph.addDirectedEdgeWithKey(`e${i}`, source, target, { kind } as EdgeAttributes),
  );
  return graph;
}

export interface StatementSketch {
  id: string;
  speaker: string;
  stance?: StatementRecord['stance'];
  about?: string[];
  targets?: string[];
  responds?: string[];
  /** Where the sentence starts in the document: the order of statements in reading order. */
  at: number;
}

/** One document of statements, built into a graph (spans point at placeholder text). */
export function documentSet(
  doc: string,
  actors: ActorRecord[],
  statements: StatementSketch[],
  published?: string,
): StatementsFile {
  return {
    format: STATEMENTS_FORMAT,
    documents: [{ id: doc, ...(published ? { published } : {}) }],
    actors,
    statements: statements.map((s) => ({
      id: s.id,
      doc,
      speaker: s.speaker,
      stance: s.stance ?? 'asserts',
      cue: { start: s.at + 2, end: s.at + 6, text: 'said' },
      content: { start: s.at + 7, end: s.at + 9, text: s.id },
      evidence: { start: s.at, end: s.at + 10, text: `sentence ${s.id}` },
      targets: s.targets ?? [],
      about: s.about ?? [],
      responds: s.responds ?? [],
    })),
  };
}

export const actor = (id: string, memberOf?: string, aliases: string[] = []): ActorRecord => ({
  id,
  label: id.toUpperCase(),
  kind: 'other',
  aliases,
  ...(memberOf ? { memberOf } : {}),
});

export function graphOfSets(...sets: StatementsFile[]): ClaimGraph {
  return buildGraph(sets.map((data, i) => ({ source: `set${i}`, data })));
}
