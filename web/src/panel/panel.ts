// The Details region: the breadcrumb, the path (if one is shown), and the details of the
// selected actor, claim or document. Rebuilt when the selection, trail, path or graph changes.
import type Graph from 'graphology';
import { parseActorLinkKey } from '../../../src/corpus/queries/index.ts';
import { h, replaceChildren } from '../dom/h.ts';
import type { ViewState } from '../state/types.ts';
import { actorDetails } from './actorDetails.ts';
import { breadcrumb } from './breadcrumb.ts';
import { claimDetails } from './claimDetails.ts';
import { documentDetails } from './documentDetails.ts';
import { linkDetails } from './linkDetails.ts';
import type { PanelContext } from './links.ts';
import { pathDetails } from './pathDetails.ts';
import { plainDetails } from './plainDetails.ts';

const HINT =
  'Click a node, or search, to see what an actor said and what was said about it, or where a claim comes from. ' +
  'Keys: arrows move between the neighbours of the selection, Enter follows, Escape clears.';
const ACTOR_HINT =
  'Each line is who accuses, denies, rejects or asserts something about whom; its width and number are the ' +
  'statements behind it. Click a line to read them, an actor to see what it said, or a table row to open a claim.';
const PLAIN_HINT = 'Click a node, or search, to see the attributes the file gives it and its neighbours.';

function selectionDetails(context: PanelContext, node: string): HTMLElement[] {
  try {
    if (parseActorLinkKey(node) && !context.graph.hasNode(node)) return linkDetails(context, node);
    const kind = context.graph.getNodeAttribute(node, 'kind');
    if (kind === 'actor') return actorDetails(context, node);
    if (kind === 'claim') return claimDetails(context, node);
    return documentDetails(context, node);
  } catch (error) {
    return [h('p', { className: 'empty' }, `Cannot show ${node}: ${(error as Error).message}`)];
  }
}

export interface PanelOptions {
  /** Whether a key can be shown (a node of the graph, or an edge of the actor network). */
  knows: (key: string) => boolean;
  /** The foreign graph shown, when it is not a claim graph: its nodes' attributes are the details. */
  plain?: { graph: Graph; reason: string };
  /** The actor network is on screen: the hint explains it. */
  actors?: boolean;
}

export function renderPanel(root: HTMLElement, context: PanelContext, state: ViewState, options: PanelOptions): void {
  const selected = state.selected !== null && options.knows(state.selected) ? state.selected : null;
  const { plain } = options;
  const hint = plain ? PLAIN_HINT : options.actors ? ACTOR_HINT : HINT;
  const details = plain
    ? selected
      ? plainDetails(context, plain.graph, selected)
      : [
          h(
            'p',
            { className: 'plain-reason' },
            `This file ${plain.reason}: it is shown as it is, with its own attributes.`,
          ),
          h('p', { className: 'empty' }, hint),
        ]
    : selected
      ? selectionDetails(context, selected)
      : h('p', { className: 'empty' }, hint);
  replaceChildren(
    root,
    plain ? null : breadcrumb(context, state.trail, selected),
    plain ? null : pathDetails(context, state.pathResult),
    details,
  );
  const box = root.querySelector<HTMLElement>('.doc-text');
  const mark = box?.querySelector<HTMLElement>('mark.evidence');
  if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
}
