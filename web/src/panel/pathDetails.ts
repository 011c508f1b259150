// The path found between two actors, as a list: each node with the edge that leads to the
// next one, read in the direction of the path (an edge walked backwards says so).
import type { EdgeKind } from '../../../src/model/index.ts';
import type { PathResult } from '../state/types.ts';
import { h } from '../dom/h.ts';
import { EDGE_COLORS } from '../reducers/palette.ts';
import { followButton, labelOf, type PanelContext } from './links.ts';

export function pathDetails(context: PanelContext, result: PathResult): HTMLElement | null {
  if (!result.nodes.length) return null;
  const { graph } = context;
  const items: HTMLElement[] = [];
  result.nodes.forEach((node, i) => {
    items.push(h('li', { 'data-node': node }, followButton(context, node, labelOf(graph, node))));
    const edge = result.edges[i];
    if (edge === undefined || !graph.hasEdge(edge)) return;
    const kind = graph.getEdgeAttribute(edge, 'kind') as EdgeKind;
    const forward = graph.source(edge) === node;
    items.push(
      h('li', { className: 'path-edge', style: `color:${EDGE_COLORS[kind]}; padding-left: 14px` }, forward ? `↓ ${kind}` : `↑ ${kind} (edge points up)`),
    );
  });
  return h(
    'section',
    { 'aria-label': 'Path' },
    h('h3', {}, `path (${result.edges.length} step${result.edges.length === 1 ? '' : 's'})`),
    h('ol', { className: 'path' }, items),
  );
}
