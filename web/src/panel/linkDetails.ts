// The details of an actor-network edge: who, the stance, and every statement behind it under
// the current filters (those the filters leave out are counted), each with its evidence and a
// link that opens the claim with its source text.
import { parseActorLinkKey } from '../../../src/corpus/queries/index.ts';
import { statementsOf } from '../../../src/query/index.ts';
import { h } from '../dom/h.ts';
import { STANCE_READS } from '../reducers/actorNetwork.ts';
import { STANCE_COLORS } from '../reducers/palette.ts';
import { followButton, labelOf, type PanelContext } from './links.ts';
import { statementList } from './statementItem.ts';

export function linkDetails(context: PanelContext, key: string): HTMLElement[] {
  const link = parseActorLinkKey(key)!;
  const { graph } = context;
  const all = context.linkClaims?.(key) ?? [];
  const shown = all.filter((claim) => context.shows?.(claim) ?? true);
  const statements = statementsOf(graph, shown);
  const documents = new Set(statements.map((st) => st.doc)).size;
  const left = all.length - shown.length;
  return [
    h(
      'h2',
      {},
      labelOf(graph, link.from),
      ' ',
      h('span', { style: `color:${STANCE_COLORS[link.stance]}` }, STANCE_READS.get(link.stance) ?? link.stance),
      ' ',
      labelOf(graph, link.to),
    ),
    h(
      'p',
      { className: 'meta' },
      followButton(context, link.from, labelOf(graph, link.from)),
      ' → ',
      followButton(context, link.to, labelOf(graph, link.to)),
      ` · ${statements.length} statement${statements.length === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}`,
      left ? ` (${left} more outside the filters)` : '',
    ),
    h('h3', {}, 'statements'),
    statementList(
      context,
      statements,
      { withSpeaker: false },
      'No statement behind this edge under the current filters.',
    ),
  ];
}
