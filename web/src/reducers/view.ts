// Everything a reducer call reads, gathered in one object that the wiring rebuilds when the
// state or the graph changes; the reducers themselves stay pure functions of it.
import type { ClaimGraph } from '../../../src/model/index.ts';
import type { ViewState } from '../state/types.ts';
import type { Focus } from './focus.ts';
import type { GraphIndex } from './graphIndex.ts';

export interface ReducerView {
  graph: ClaimGraph;
  index: GraphIndex;
  state: ViewState;
  /** The nodes the filters hide. */
  hidden: { has(node: string): boolean };
  focus: Focus;
  /** Claim labels are long; on large graphs they are never drawn unless the claim is in focus. */
  claimLabels: boolean;
  /**
   * Fade what is outside the focus. Fading redraws every item; on large graphs the focus is
   * only brought forward instead, so that a hover redraws a neighbourhood, not the graph.
   */
  fade: boolean;
}
