// The gate every imported graph passes (GEXF, graphology JSON): attributes are checked
// node by node and edge by edge against the ClaimGraph attribute types, edges against the
// kinds of their ends (SPEC.md §2), and the result is projected to statements@1, validated
// like any statements file and rebuilt with buildGraph. A hand-edited or foreign file thus
// yields either a graph that buildGraph could have made, or one FormatError that lists
// every problem, never a half graph. Browser-safe.
import type Graph from 'graphology';
import type { EdgeEntry } from 'graphology-types';
import { z } from 'zod';
import { FormatError } from '../errors.ts';
import {
  ACTOR_KINDS,
  NODE_KINDS,
  EDGE_KINDS,
  STANCES,
  SpanSchema,
  buildGraph,
  createClaimGraph,
  formatPath,
  isEdgeKind,
  isNodeKind,
  show,
  toStatements,
  validateStatements,
  type ClaimGraph,
  type EdgeAttributes,
  type NodeAttributes,
  type NodeKind,
} from '../model/index.ts';

const optionalString = z.string().optional();

const NODE_SCHEMAS = {
  document: z.object({
    kind: z.literal('document'),
    label: z.string(),
    title: optionalString,
    dateline: optionalString,
    published: optionalString,
    url: optionalString,
    file: optionalString,
    outlet: optionalString,
    outletActor: optionalString,
    hash: optionalString,
    note: optionalString,
    text: optionalString,
  }),
  actor: z.object({
    kind: z.literal('actor'),
    label: z.string(),
    actorKind: z.enum(ACTOR_KINDS),
    aliases: z.array(z.string()),
    note: optionalString,
  }),
  claim: z.object({
    kind: z.literal('claim'),
    label: z.string(),
    text: z.string(),
    doc: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    statement: z.string().min(1),
    cluster: optionalString,
    note: optionalString,
  }),
} as const;

const SpeechEdgeSchema = z.object({
  kind: z.enum(STANCES),
  statement: z.string().min(1),
  doc: z.string().min(1),
  cue: SpanSchema.nullable(),
  evidence: SpanSchema,
  implicit: z.boolean().optional(),
  confidence: z.number().min(0).max(1).optional(),
  rules: z.array(z.string().min(1)).min(1).optional(),
});
const ReportsEdgeSchema = z.object({
  kind: z.literal('reports'),
  doc: z.string(),
  statement: z.string(),
  evidence: SpanSchema,
});
const LinkEdgeSchema = z.object({
  kind: z.enum(['about', 'targets', 'responds', 'memberOf', 'publishes', 'corroborates']),
});

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

const an = (word: string): string => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

function issues(where: string, error: z.ZodError, value: unknown): string[] {
  return error.issues.map((issue) => {
    let at: unknown = value;
    for (const part of issue.path)
      at = at === null || typeof at !== 'object' ? undefined : (at as Record<PropertyKey, unknown>)[part];
    return `${where}: ${formatPath(issue.path)}: ${at === undefined ? 'missing' : show(at)}: ${issue.message}`;
  });
}

/**
 * Checks a graph whose attributes are meant to be ClaimGraph attributes and returns the
 * ClaimGraph that buildGraph makes of it. `source` names the file in error messages.
 */
export function checkedClaimGraph(graph: Graph, source: string, module: string): ClaimGraph {
  const problems: string[] = [];
  const claimGraph = createClaimGraph();
  graph.forEachNode((key, attrs) => {
    const where = `node ${show(key)}`;
    if (!isNodeKind(attrs.kind)) {
      problems.push(`${where}: kind: ${show(attrs.kind)} is not one of ${NODE_KINDS.join(', ')}`);
      return;
    }
    const parsed = NODE_SCHEMAS[attrs.kind].safeParse(attrs);
    if (parsed.success) claimGraph.addNode(key, parsed.data as NodeAttributes);
    else problems.push(...issues(where, parsed.error, attrs));
  });
  for (const { edge: key, attributes: attrs, source, target, undirected } of inListOrder(graph)) {
    const where = `edge ${show(key)}`;
    if (undirected) problems.push(`${where}: is undirected; claim graphs are directed`);
    if (!isEdgeKind(attrs.kind)) {
      problems.push(`${where}: kind: ${show(attrs.kind)} is not one of ${EDGE_KINDS.join(', ')}`);
      continue;
    }
    const schema = (STANCES as readonly string[]).includes(attrs.kind)
      ? SpeechEdgeSchema
      : attrs.kind === 'reports'
        ? ReportsEdgeSchema
        : LinkEdgeSchema;
    const parsed = schema.safeParse(attrs);
    if (!parsed.success) {
      problems.push(...issues(where, parsed.error, attrs));
      continue;
    }
    if (!claimGraph.hasNode(source) || !claimGraph.hasNode(target)) continue;
    const [from, to] = ENDS[attrs.kind] as readonly [NodeKind, NodeKind];
    const ends = [claimGraph.getNodeAttribute(source, 'kind'), claimGraph.getNodeAttribute(target, 'kind')];
    if (ends[0] !== from || ends[1] !== to) {
      problems.push(
        `${where}: ${an(attrs.kind)} edge goes from ${an(from)} to ${an(to)}, not from ${an(String(ends[0]))} (${show(source)}) to ${an(String(ends[1]))} (${show(target)})`,
      );
      continue;
    }
    claimGraph.addDirectedEdgeWithKey(key, source, target, parsed.data as EdgeAttributes);
  }
  if (!problems.length) {
    claimGraph.forEachNode((key, attrs) => {
      if (attrs.kind !== 'claim') return;
      const speakers = claimGraph.filterInEdges(key, (_e, edge) => (STANCES as readonly string[]).includes(edge.kind));
      if (speakers.length !== 1)
        problems.push(
          `node ${show(key)}: a claim needs exactly one speaker edge (asserts, accuses, denies or rejects), it has ${speakers.length}`,
        );
    });
  }
  if (problems.length) throw formatError(module, source, problems);
  const { data, problems: invalid } = validateStatements(toStatements(claimGraph));
  if (!data)
    throw formatError(
      module,
      source,
      invalid.map((problem) => `as statements@1: ${problem}`),
    );
  return buildGraph([{ source, data }]);
}

const LIST_KEY = /^(about|targets|responds):.*#(\d+)$/;

/**
 * The graph's edges in file order, except that each claim's about, targets and responds edges
 * are put back in the order of the list index their keys end with (`targets:d/s1#0`, `#1`):
 * tools that rewrite a file group edges by neighbour (networkx does), which would reorder a
 * statement's targets. Edges whose keys carry no index keep their order.
 */
function inListOrder(graph: Graph): EdgeEntry[] {
  const entries: EdgeEntry[] = [...graph.edgeEntries()];
  const groups = new Map<string, number[]>();
  entries.forEach(({ edge, attributes, source }, position) => {
    if (!LIST_KEY.test(edge)) return;
    const group = `${String(attributes.kind)}\u0000${source}`;
    const slots = groups.get(group);
    if (slots) slots.push(position);
    else groups.set(group, [position]);
  });
  const index = (position: number): number => Number(LIST_KEY.exec(entries[position]!.edge)![2]);
  const ordered = [...entries];
  for (const slots of groups.values()) {
    const sorted = [...slots].sort((a, b) => index(a) - index(b));
    slots.forEach((slot, i) => (ordered[slot] = entries[sorted[i]!]!));
  }
  return ordered;
}

export function formatError(module: string, source: string, problems: readonly string[]): FormatError {
  const shown = problems.slice(0, 50);
  const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return new FormatError(module, `${source}: ${count}:\n  ${shown.join('\n  ')}${more}`);
}
