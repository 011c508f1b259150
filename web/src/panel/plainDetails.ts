// The details of a node of a foreign graph (not a claim graph): its label, every attribute the
// file gives it (as text), and its neighbours as links to follow.
import type Graph from 'graphology';
import { h } from '../dom/h.ts';
import { followButton, type PanelContext } from './links.ts';

const show = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
const labelIn = (graph: Graph, node: string): string => {
  const label: unknown = graph.getNodeAttribute(node, 'label');
  return typeof label === 'string' && label ? label : node;
};

export function plainDetails(context: PanelContext, graph: Graph, node: string): HTMLElement[] {
  const attrs = graph.getNodeAttributes(node);
  const rows = Object.entries(attrs).filter(([name]) => !['x', 'y'].includes(name));
  const neighbours = graph.neighbors(node).sort((a, b) => labelIn(graph, a).localeCompare(labelIn(graph, b)));
  return [
    h('h2', {}, labelIn(graph, node)),
    h('p', { className: 'meta' }, `node ${node} · ${graph.degree(node)} edge${graph.degree(node) === 1 ? '' : 's'}`),
    h('h3', {}, 'attributes'),
    rows.length
      ? h(
          'dl',
          { className: 'attributes' },
          rows.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, show(value))]),
        )
      : h('p', { className: 'empty' }, 'The file gives this node no attributes.'),
    h('h3', {}, `neighbours (${neighbours.length})`),
    neighbours.length
      ? h(
          'ul',
          { className: 'neighbours' },
          neighbours.slice(0, 200).map((other) => h('li', {}, followButton(context, other, labelIn(graph, other)))),
        )
      : h('p', { className: 'empty' }, 'No neighbours.'),
  ];
}
