// positionChanges: who changed position, i.e. denied, in a later document, what it had
// asserted before: the same actor, an assertion published strictly earlier (dates parsed
// by src/time, whatever way they are written), and a denial
// whose content is the same claim (same figures, similar words; see ../normalise.ts) or
// that answers the assertion (`responds`).
import { QueryError } from '../../errors.ts';
import type { ClaimGraph, ClaimNode } from '../../model/index.ts';
import { assertGraph, assertNode, readOptions } from '../../query/validate.ts';
import { DEFAULT_SIMILARITY } from '../cluster/index.ts';
import { contentSignature, sameContent, type ContentSignature } from '../normalise.ts';
import { isBefore } from '../../time/index.ts';
import { byPublication, reportOf, type ClaimReport } from './reports.ts';

const MODULE = 'claimgraph/corpus/positionChanges';

export interface PositionChange {
  actor: string;
  /** The later denial, and the earlier assertions it contradicts (in publication order). */
  denial: ClaimReport;
  assertions: ClaimReport[];
  text: string;
}

export interface PositionChangesOptions {
  /** Only this actor (an actor key). */
  actor?: string;
  /** Content similarity needed (0–1), as for corroboration. */
  similarity?: number;
}

interface Assertion {
  report: ClaimReport;
  signature: ContentSignature;
}

export function positionChanges(graph: ClaimGraph, options?: PositionChangesOptions): PositionChange[] {
  assertGraph(MODULE, graph);
  const opts = readOptions(MODULE, options, ['actor', 'similarity']);
  if (opts.actor !== undefined) assertNode(MODULE, graph, opts.actor, 'actor');
  const threshold = opts.similarity ?? DEFAULT_SIMILARITY;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    throw new QueryError(
      MODULE,
      `option similarity: expected a number in (0, 1], got ${JSON.stringify(threshold)}`,
      threshold,
    );
  }
  const actors =
    opts.actor !== undefined ? [opts.actor as string] : graph.filterNodes((_key, attrs) => attrs.kind === 'actor');
  const changes: PositionChange[] = [];
  for (const actor of actors) changes.push(...changesOf(graph, actor, threshold));
  return changes.sort((a, b) => byPublication(a.denial, b.denial) || a.actor.localeCompare(b.actor));
}

function changesOf(graph: ClaimGraph, actor: string, threshold: number): PositionChange[] {
  const assertions = new Map<string, Assertion>();
  const index = new Map<string, Assertion[]>();
  const denials: string[] = [];
  graph.forEachOutEdge(actor, (_edge, attrs, _source, claim) => {
    if (attrs.kind === 'denies') denials.push(claim);
    if (attrs.kind !== 'asserts') return;
    const assertion = {
      report: reportOf(graph, claim),
      signature: contentSignature((graph.getNodeAttributes(claim) as ClaimNode).text),
    };
    assertions.set(claim, assertion);
    for (const token of assertion.signature.tokens) {
      const list = index.get(token);
      if (list) list.push(assertion);
      else index.set(token, [assertion]);
    }
  });
  if (!assertions.size) return [];
  const changes: PositionChange[] = [];
  for (const claim of denials) {
    const denial = reportOf(graph, claim);
    if (denial.date === undefined) continue;
    const signature = contentSignature((graph.getNodeAttributes(claim) as ClaimNode).text);
    const matched = new Set<Assertion>();
    graph.forEachOutEdge(claim, (_edge, attrs, _source, answered) => {
      const assertion = attrs.kind === 'responds' ? assertions.get(answered) : undefined;
      if (assertion) matched.add(assertion);
    });
    for (const token of signature.tokens) {
      for (const assertion of index.get(token) ?? [])
        if (sameContent(assertion.signature, signature, threshold)) matched.add(assertion);
    }
    const earlier = [...matched].map((a) => a.report).filter((r) => isBefore(r.date, denial.date));
    if (earlier.length)
      changes.push({
        actor,
        denial,
        assertions: earlier.sort(byPublication),
        text: (graph.getNodeAttributes(claim) as ClaimNode).text,
      });
  }
  return changes;
}
