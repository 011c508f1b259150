// nodeReducer: how a node is drawn, from its resting style and the view state. Hidden by a
// filter → hidden; outside the focus → faded, unlabelled and drawn below; the selection,
// the arrow-key cursor and path nodes → highlighted and always labelled.
import type { Attributes } from 'graphology-types';
import type { NodeDisplayData } from 'sigma/types';
import { FADED_NODE } from './palette.ts';
import type { ReducerView } from './view.ts';

/** Up to this many nodes in focus, all of them are labelled. */
export const SMALL_FOCUS = 16;

export function reduceNode(view: ReducerView, node: string, data: Attributes): Partial<NodeDisplayData> {
  const style = view.index.styles.get(node);
  const isClaim = data.kind === 'claim';
  const out: Partial<NodeDisplayData> = {
    x: data.x,
    y: data.y,
    label: isClaim && !view.claimLabels ? null : (data.label as string),
    color: style?.color ?? FADED_NODE,
    size: style?.size ?? 4,
    zIndex: style?.zIndex ?? 0,
  };
  if (view.hidden.has(node)) {
    out.hidden = true;
    return out;
  }
  const { focus, state } = view;
  if (view.fade && focus.nodes.size && !focus.nodes.has(node)) {
    out.color = FADED_NODE;
    out.label = null;
    out.zIndex = -1;
    // The selection keeps its ring while the pointer explores elsewhere.
    if (node === state.selected) out.highlighted = true;
    return out;
  }
  if (focus.nodes.has(node)) {
    out.zIndex = (out.zIndex ?? 0) + 3;
    if (isClaim) out.label = data.label as string;
    // A small neighbourhood is read as a whole: name every node in it, claims included.
    if (focus.nodes.size <= SMALL_FOCUS) out.forceLabel = true;
  }
  if (node === state.selected || node === state.cursor || node === state.hovered) {
    out.highlighted = true;
    out.forceLabel = true;
    out.label = data.label as string;
    out.zIndex = 10;
  }
  if (focus.pathNodes.has(node)) {
    out.forceLabel = true;
    out.label = data.label as string;
  }
  return out;
}
