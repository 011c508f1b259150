// edgeReducer: how an edge is drawn. Edges of a hidden node or of a filtered-out stance are
// hidden; outside the focus they fade; path edges are thick and dark so the path reads as one line.
import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData } from 'sigma/types';
import { isEdgeKind, isStance } from '../../../src/model/index.ts';
import { EDGE_COLORS, FADED_EDGE, FOCUS_EDGE, PATH_EDGE } from './palette.ts';
import type { ReducerView } from './view.ts';

export function reduceEdge(view: ReducerView, edge: string, data: Attributes): Partial<EdgeDisplayData> {
  const kind = data.kind as string;
  const out: Partial<EdgeDisplayData> = {
    color: isEdgeKind(kind) ? EDGE_COLORS[kind] : FADED_EDGE,
    size: kind === 'responds' ? 2.5 : isStance(kind) ? 1.5 : 1,
    zIndex: 0,
  };
  const [source, target] = view.graph.extremities(edge);
  if (view.hidden.has(source) || view.hidden.has(target)) {
    out.hidden = true;
    return out;
  }
  const { focus } = view;
  if (focus.pathEdges.has(edge)) {
    out.color = PATH_EDGE;
    out.size = 4;
    out.zIndex = 2;
  } else if (focus.edges.has(edge)) {
    out.size = (out.size ?? 1) + 1;
    out.zIndex = 1;
    if (!view.fade) out.color = FOCUS_EDGE;
  } else if (view.fade && focus.edges.size) {
    out.color = FADED_EDGE;
    out.zIndex = -1;
  }
  return out;
}
