// What panel lines need from the viewer: a way to follow a node (select it, extending the
// breadcrumb) and the label to show for a node key.
import { parseActorLinkKey } from '../../../src/corpus/queries/index.ts';
import type { ClaimGraph } from '../../../src/model/index.ts';
import type { PositionChange } from '../../../src/corpus/queries/index.ts';
import { h } from '../dom/h.ts';
import { STANCE_READS } from '../reducers/actorNetwork.ts';

export interface PanelContext {
  graph: ClaimGraph;
  follow: (node: string) => void;
  /** The claims behind an actor-network edge. */
  linkClaims?: (key: string) => readonly string[];
  /** Whether a claim passes the current filters. */
  shows?: (claim: string) => boolean;
  /** An actor's changes of position (asserted, later denied). */
  changesOf?: (actor: string) => readonly PositionChange[];
}

/** A node's label, or an actor-network edge read out ("Sergey Lavrov accuses United States"). */
export function labelOf(graph: ClaimGraph, node: string): string {
  if (graph.hasNode(node)) return graph.getNodeAttribute(node, 'label');
  const link = parseActorLinkKey(node);
  if (!link) return node;
  return `${labelOf(graph, link.from)} ${STANCE_READS.get(link.stance) ?? link.stance} ${labelOf(graph, link.to)}`;
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
