// The breadcrumb of followed nodes (e.g. Lavrov › "of backtracking" › "the charge" › Kerry):
// each earlier step is a button that goes back to it.
import { h } from '../dom/h.ts';
import { labelOf, type PanelContext } from './links.ts';

export function breadcrumb(
  context: PanelContext,
  trail: readonly string[],
  selected: string | null,
): HTMLElement | null {
  if (trail.length < 2) return null;
  return h(
    'nav',
    { className: 'breadcrumb', 'aria-label': 'Followed' },
    h(
      'ol',
      {},
      trail.map((node) =>
        h(
          'li',
          {},
          node === selected
            ? h('span', { 'aria-current': 'step' }, labelOf(context.graph, node))
            : h(
                'button',
                { type: 'button', title: labelOf(context.graph, node), onclick: () => context.follow(node) },
                labelOf(context.graph, node),
              ),
        ),
      ),
    ),
  );
}
