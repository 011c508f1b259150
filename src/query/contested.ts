// contested: the claims that some statement denies or rejects (a `responds` edge from a
// denial or rejection), each with every statement that contests it and how. Claims and
// their contesters come in document order. This reads every claim: it is a whole-graph
// question.
import { CONTESTING_STANCES } from '../model/kinds.ts';
import type { ClaimGraph } from '../model/types.ts';
import { documentOrder } from './order.ts';
import { statementRef } from './refs.ts';
import type { Contestation, ContestedClaim } from './types.ts';
import { assertGraph, listOption, readOptions } from './validate.ts';

const MODULE = 'claimgraph/query/contested';

export type ContestingStance = (typeof CONTESTING_STANCES)[number];

export interface ContestedOptions {
  /** Which answers count: denials, rejections or both (the default). */
  stances?: readonly ContestingStance[];
}

export function contested(graph: ClaimGraph, options?: ContestedOptions): ContestedClaim[] {
  assertGraph(MODULE, graph);
  const opts = readOptions(MODULE, options, ['stances']);
  const stances = listOption(MODULE, opts, 'stances', CONTESTING_STANCES, CONTESTING_STANCES, 'contesting stance');

  const order = documentOrder(graph);
  const result: ContestedClaim[] = [];
  graph.forEachNode((claim, attrs) => {
    if (attrs.kind !== 'claim') return;
    const contestedBy: Contestation[] = [];
    graph.forEachInEdge(claim, (_edge, edgeAttrs, answer) => {
      if (edgeAttrs.kind !== 'responds') return;
      const statement = statementRef(MODULE, graph, answer);
      if ((stances as readonly string[]).includes(statement.stance)) {
        contestedBy.push({ stance: statement.stance as ContestingStance, statement });
      }
    });
    if (contestedBy.length === 0) return;
    contestedBy.sort((a, b) => order(a.statement, b.statement));
    result.push({ claim: statementRef(MODULE, graph, claim), contestedBy });
  });
  return result.sort((a, b) => order(a.claim, b.claim));
}
