// The gate every imported graph passes (GEXF, graphology JSON), element by element as a
// reader streams them in: attributes are checked node by node and edge by edge against the
// ClaimGraph attribute types, edges against the kinds of their ends (SPEC.md §2), and the
// elements are projected to statements@1 as they come (StatementsProjection), validated like
// any statements file and built once with buildGraph. A hand-edited or foreign file thus
// yields either a graph that buildGraph could have made, or one FormatError that lists every
// problem, never a half graph. Memory: the projection and the graph, never the file.
// Browser-safe.
import type { z } from 'zod';
import { FormatError, StatementsValidationError } from '../errors.ts';
import {
  NODE_KINDS,
  EDGE_KINDS,
  STANCES,
  StatementsProjection,
  buildGraph,
  formatPath,
  isEdgeKind,
  isNodeKind,
  show,
  validateStatements,
  type ClaimGraph,
  type EdgeAttributes,
  type NodeAttributes,
  type NodeKind,
  type StatementsFile,
} from '../model/index.ts';
import { checkEdge, checkNode } from './elements.ts';

/** The node kinds each edge kind joins: [source, target]. */
const ENDS: Record<string, readonly [NodeKind, NodeKind]> = {
  ...Object.fromEntries(STANCES.map((stance) => [stance, ['actor', 'claim'] as const])),
  reports: ['document', 'claim'],
  about: ['claim', 'actor'],
  targets: ['claim', 'actor'],
  responds: ['claim', 'claim'],
  memberOf: ['actor', 'actor'],
  publishes: ['actor', 'claim'],
  corroborates: ['claim', 'claim'],
};

const edgeName = (key: string | undefined, index: number): string =>
  key === undefined ? `edge #${index + 1} (no id)` : `edge ${show(key)}`;

const nodeName = (key: string): string => `node ${show(key)}`;

const an = (word: string): string => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

function issues(where: string, error: z.ZodError, value: unknown): string[] {
  return error.issues.map((issue) => {
    let at: unknown = value;
    for (const part of issue.path)
      at = at === null || typeof at !== 'object' ? undefined : (at as Record<PropertyKey, unknown>)[part];
    return `${where}: ${formatPath(issue.path)}: ${at === undefined ? 'missing' : show(at)}: ${issue.message}`;
  });
}

/** Problems kept word for word; past this many only their number grows (a hostile file may have millions). */
const KEPT_PROBLEMS = 1000;

interface PendingEdge {
  key: string | undefined;
  index: number;
  source: string;
  target: string;
  attrs: EdgeAttributes & { kind: string };
}

/**
 * Checks the nodes and edges of a graph meant to hold ClaimGraph attributes, as they arrive
 * (an edge may come before its ends), and gives the statements@1 or the ClaimGraph that
 * buildGraph makes of them. `source` names the file in error messages, `module` the reader.
 */
export class GraphChecker {
  private readonly problems: string[] = [];
  private problemCount = 0;
  /** Every node key seen, with its kind when the node is valid (undefined when it is not). */
  private readonly nodeKinds = new Map<string, NodeKind | undefined>();
  private readonly edgeKeys = new Set<string>();
  private readonly pending: PendingEdge[] = [];
  private readonly projection = new StatementsProjection();
  private edges = 0;

  constructor(
    readonly source: string,
    readonly module: string,
  ) {}

  problem(message: string): void {
    if (this.problemCount++ < KEPT_PROBLEMS) this.problems.push(message);
  }

  node(key: string, attrs: Record<string, unknown>): void {
    // messages are made only for problems, and no closure per call: this runs once per node of
    // files of millions (under tsx, a named closure also costs a defineProperty per call)
    if (this.nodeKinds.has(key)) return this.problem(`${nodeName(key)}: the id already exists (a node appears twice)`);
    const { kind } = attrs;
    const parsed = isNodeKind(kind) ? checkNode(kind, attrs) : undefined;
    this.nodeKinds.set(key, parsed?.success ? (kind as NodeKind) : undefined);
    if (!parsed) return this.problem(`${nodeName(key)}: kind: ${show(kind)} is not one of ${NODE_KINDS.join(', ')}`);
    if (!parsed.success) {
      for (const problem of issues(nodeName(key), parsed.error, attrs)) this.problem(problem);
      return;
    }
    this.projection.node(key, parsed.data as NodeAttributes);
  }

  /** An edge; without a key (GEXF allows it), it is named by its position. */
  edge(
    key: string | undefined,
    source: string,
    target: string,
    attrs: Record<string, unknown>,
    undirected = false,
  ): void {
    const index = this.edges++;
    if (key !== undefined) {
      if (this.edgeKeys.has(key))
        return this.problem(`${edgeName(key, index)}: the id already exists (an edge appears twice)`);
      this.edgeKeys.add(key);
    }
    if (undirected) this.problem(`${edgeName(key, index)}: is undirected; claim graphs are directed`);
    if (!isEdgeKind(attrs.kind))
      return this.problem(`${edgeName(key, index)}: kind: ${show(attrs.kind)} is not one of ${EDGE_KINDS.join(', ')}`);
    const parsed = checkEdge(attrs.kind, attrs);
    if (!parsed.success) {
      for (const problem of issues(edgeName(key, index), parsed.error, attrs)) this.problem(problem);
      return;
    }
    const edge = { key, index, source, target, attrs: parsed.data as PendingEdge['attrs'] };
    if (this.nodeKinds.has(source) && this.nodeKinds.has(target)) this.link(edge);
    else this.pending.push(edge);
  }

  private link({ key, index, source, target, attrs }: PendingEdge): void {
    const ends = [this.nodeKinds.get(source), this.nodeKinds.get(target)];
    if (ends[0] === undefined || ends[1] === undefined) {
      for (const [end, node] of [
        ['source', source],
        ['target', target],
      ] as const) {
        if (!this.nodeKinds.has(node))
          this.problem(`${edgeName(key, index)}: its ${end} ${show(node)} is not the id of any node`);
      }
      // an end that is missing was just reported; one that is invalid was reported as a node
      return;
    }
    const [from, to] = ENDS[attrs.kind] as readonly [NodeKind, NodeKind];
    if (ends[0] !== from || ends[1] !== to) {
      return this.problem(
        `${edgeName(key, index)}: ${an(attrs.kind)} edge goes from ${an(from)} to ${an(to)}, not from ${an(ends[0])} (${show(source)}) to ${an(ends[1])} (${show(target)})`,
      );
    }
    this.projection.edge(source, target, attrs, key);
  }

  /** The statements@1 of the graph, validated; a FormatError listing every problem otherwise. */
  statements(): StatementsFile {
    const data = this.projected();
    const { problems } = validateStatements(data, { owned: true });
    if (problems.length) throw this.statementsError(problems);
    return data;
  }

  /** The ClaimGraph buildGraph makes of the elements (validated once, by buildGraph itself). */
  graph(): ClaimGraph {
    const data = this.projected();
    try {
      return buildGraph([{ source: this.source, data, owned: true }]);
    } catch (error) {
      if (error instanceof StatementsValidationError) throw this.statementsError(error.problems);
      throw error;
    }
  }

  private projected(): StatementsFile {
    for (const edge of this.pending.splice(0)) this.link(edge);
    if (!this.problemCount) {
      for (const [key, count] of this.projection.speakerProblems())
        this.problem(
          `node ${show(key)}: a claim needs exactly one speaker edge (asserts, accuses, denies or rejects), it has ${count}`,
        );
    }
    if (this.problemCount) throw formatError(this.module, this.source, this.problems, this.problemCount);
    return this.projection.finish();
  }

  private statementsError(problems: readonly string[]): FormatError {
    return formatError(
      this.module,
      this.source,
      problems.map((problem) => `as statements@1: ${problem}`),
    );
  }
}

export function formatError(
  module: string,
  source: string,
  problems: readonly string[],
  total = problems.length,
): FormatError {
  const shown = problems.slice(0, 50);
  const more = total > shown.length ? `\n  … and ${total - shown.length} more` : '';
  const count = `${total} problem${total === 1 ? '' : 's'}`;
  return new FormatError(module, `${source}: ${count}:\n  ${shown.join('\n  ')}${more}`);
}
