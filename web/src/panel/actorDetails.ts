// The details of an actor: what it said, grouped by stance, and what others said about it
// (accusations against it first), each line with its evidence sentence and links to follow.
import type { PositionChange } from '../../../src/corpus/queries/index.ts';
import { STANCES, type ActorNode } from '../../../src/model/index.ts';
import { accusationsAgainst, responseChain, statementsAbout, statementsBy } from '../../../src/query/index.ts';
import { h } from '../dom/h.ts';
import { ACTOR_KIND_COLORS } from '../reducers/palette.ts';
import { followButton, type PanelContext } from './links.ts';
import { STANCE_PAST, statementList } from './statementItem.ts';

export function actorDetails(context: PanelContext, key: string): HTMLElement[] {
  const { graph } = context;
  const actor = graph.getNodeAttributes(key) as ActorNode;
  const said = statementsBy(graph, key);
  const accused = accusationsAgainst(graph, key).filter((st) => st.speaker.key !== key);
  const accusedClaims = new Set(accused.map((st) => st.claim));
  const about = statementsAbout(graph, key).filter((st) => st.speaker.key !== key && !accusedClaims.has(st.claim));
  const parents: string[] = [];
  const members: string[] = [];
  graph.forEachOutEdge(key, (_e, attrs, _s, target) => {
    if (attrs.kind === 'memberOf') parents.push(target);
  });
  graph.forEachInEdge(key, (_e, attrs, source) => {
    if (attrs.kind === 'memberOf') members.push(source);
  });
  const aliases = actor.aliases.filter((alias) => alias !== actor.label);

  const out: HTMLElement[] = [
    h('h2', {}, actor.label),
    h(
      'p',
      { className: 'meta' },
      h('span', { className: 'swatch', style: `background:${ACTOR_KIND_COLORS[actor.actorKind]}` }),
      ` ${actor.actorKind}`,
      aliases.length ? ` · also: ${aliases.join(', ')}` : '',
    ),
  ];
  if (parents.length || members.length) {
    out.push(
      h(
        'p',
        { className: 'meta' },
        parents.length
          ? [
              'speaks for ',
              ...parents.flatMap((p, i) => [
                i ? ', ' : '',
                followButton(context, p, graph.getNodeAttribute(p, 'label')),
              ]),
            ]
          : null,
        parents.length && members.length ? ' · ' : '',
        members.length
          ? [
              'members: ',
              ...members.flatMap((m, i) => [
                i ? ', ' : '',
                followButton(context, m, graph.getNodeAttribute(m, 'label')),
              ]),
            ]
          : null,
      ),
    );
  }
  const answers = (st: { claim: string }) =>
    responseChain(graph, st.claim, { depth: 1 }).answeredBy.map((link) => link.statement);
  for (const stance of STANCES) {
    const some = said.filter((st) => st.stance === stance);
    if (!some.length) continue;
    out.push(h('h3', {}, `${STANCE_PAST[stance]} (${some.length})`));
    out.push(statementList(context, some, { withSpeaker: false, answers }, ''));
  }
  if (!said.length) out.push(h('h3', {}, 'said'), h('p', { className: 'empty' }, 'No statements by this actor.'));
  if (accused.length) {
    out.push(h('h3', {}, `accused by others (${accused.length})`));
    out.push(statementList(context, accused, { withSpeaker: true, answers }, ''));
  }
  out.push(h('h3', {}, `said about it by others (${about.length})`));
  out.push(statementList(context, about, { withSpeaker: true, answers }, 'Nothing said about this actor by others.'));
  const changes = context.changesOf?.(key) ?? [];
  if (changes.length) {
    out.splice(
      2,
      0,
      h('h3', { className: 'changes' }, `changed position (${changes.length})`),
      changeList(context, changes),
    );
  }
  return out;
}

/** Each change: what was asserted (when), and the later denial, both opening their claims. */
function changeList(context: PanelContext, changes: readonly PositionChange[]): HTMLElement {
  const when = (report: { date?: { day: string }; doc: string }) => report.date?.day ?? report.doc;
  return h(
    'ol',
    { className: 'position-changes' },
    changes.map((change) =>
      h(
        'li',
        {},
        'asserted ',
        change.assertions.flatMap((assertion, i) => [
          i ? ', ' : '',
          followButton(context, assertion.claim, when(assertion), `Follow claim asserted ${when(assertion)}`),
        ]),
        ', then denied ',
        followButton(context, change.denial.claim, when(change.denial), `Follow denial of ${when(change.denial)}`),
        ': ',
        h('q', {}, change.text),
      ),
    ),
  );
}
