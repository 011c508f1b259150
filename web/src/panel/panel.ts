// The Details region: the breadcrumb, the path (if one is shown), and the details of the
// selected actor, claim or document. Rebuilt when the selection, trail, path or graph changes.
import type { ClaimGraph } from '../../../src/model/index.ts';
import { h, replaceChildren } from '../dom/h.ts';
import type { ViewState } from '../state/types.ts';
import { actorDetails } from './actorDetails.ts';
import { breadcrumb } from './breadcrumb.ts';
import { claimDetails } from './claimDetails.ts';
import { documentDetails } from './documentDetails.ts';
import type { PanelContext } from './links.ts';
import { pathDetails } from './pathDetails.ts';

const HINT =
  'Click a node, or search, to see what an actor said and what was said about it, or where a claim comes from. ' +
  'Keys: arrows move between the neighbours of the selection, Enter follows, Escape clears.';

function selectionDetails(context: PanelContext, node: string): HTMLElement[] {
  const kind = context.graph.getNodeAttribute(node, 'kind');
  try {
    if (kind === 'actor') return actorDetails(context, node);
    if (kind === 'claim') return claimDetails(context, node);
    return documentDetails(context, node);
  } catch (error) {
    return [h('p', { className: 'empty' }, `Cannot show ${node}: ${(error as Error).message}`)];
  }
}

export function renderPanel(
  root: HTMLElement,
  graph: ClaimGraph,
  state: ViewState,
  follow: (node: string) => void,
): void {
  const context: PanelContext = { graph, follow };
  const selected = state.selected !== null && graph.hasNode(state.selected) ? state.selected : null;
  replaceChildren(
    root,
    breadcrumb(context, state.trail, selected),
    pathDetails(context, state.pathResult),
    selected ? selectionDetails(context, selected) : h('p', { className: 'empty' }, HINT),
  );
  const box = root.querySelector<HTMLElement>('.doc-text');
  const mark = box?.querySelector<HTMLElement>('mark.evidence');
  if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
}
