// What panel lines need from the viewer: a way to follow a node (select it, extending the
// breadcrumb) and the label to show for a node key.
import type { ClaimGraph } from '../../../src/model/index.ts';
import { h } from '../dom/h.ts';

export interface PanelContext {
  graph: ClaimGraph;
  follow: (node: string) => void;
}

export function labelOf(graph: ClaimGraph, node: string): string {
  return graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node;
}

/** A button that reads like a link: following a node is an action inside the page, not a navigation. */
export function followButton(context: PanelContext, node: string, text: string, name?: string): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      className: 'follow',
      'data-follow': node,
      ...(name ? { 'aria-label': name } : {}),
      onclick: () => context.follow(node),
    },
    text,
  );
}
