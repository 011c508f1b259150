// The path found between two actors, as a list: each node with the edge that leads to the
// next one, written as stored (source —kind→ target), so an edge walked backwards reads right.
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
    // The edge as stored, whichever way the path walks it: "claim —about→ actor".
    const short = (key: string): string => {
      const label = labelOf(graph, key);
      return label.length > 28 ? `${label.slice(0, 27)}…` : label;
    };
    items.push(
      h(
        'li',
        { className: 'path-edge', style: 'color:#5f6368; padding-left: 14px; font-size: 12px' },
        h('span', {
          style: `display:inline-block; width:14px; height:3px; margin-right:5px; vertical-align:middle; background:${EDGE_COLORS[kind]}`,
        }),
        `${short(graph.source(edge))} —${kind}→ ${short(graph.target(edge))}`,
      ),
    );
  });
  return h(
    'section',
    { 'aria-label': 'Path' },
    h('h3', {}, `path (${result.edges.length} step${result.edges.length === 1 ? '' : 's'})`),
    h('ol', { className: 'path' }, items),
  );
}
