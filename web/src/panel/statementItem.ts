// One statement as a panel line: who, the stance (in its colour), what was said, the
// evidence sentence, and links to follow the claim and the speaker.
import type { Stance } from '../../../src/model/index.ts';
import type { StatementRef } from '../../../src/query/types.ts';
import { h } from '../dom/h.ts';
import { STANCE_COLORS } from '../reducers/palette.ts';
import { followButton, type PanelContext } from './links.ts';

export const STANCE_PAST: Record<Stance, string> = {
  asserts: 'asserted',
  accuses: 'accused',
  denies: 'denied',
  rejects: 'rejected',
};

export interface StatementItemOptions {
  /** Name the speaker (lines about an actor); lines under the speaker's own heading do not. */
  withSpeaker: boolean;
  /** The statements that deny or reject this one, shown under it (the next step of its chain). */
  answers?: (st: StatementRef) => readonly StatementRef[];
}

export function statementItem(context: PanelContext, st: StatementRef, options: StatementItemOptions): HTMLLIElement {
  const targets = st.targets.length ? ` ${st.targets.map((t) => t.label).join(', ')}` : '';
  return h(
    'li',
    { className: 'statement', style: `border-left-color: ${STANCE_COLORS[st.stance]}`, 'data-claim': st.claim },
    h(
      'div',
      {},
      options.withSpeaker ? followButton(context, st.speaker.key, st.speaker.label) : null,
      options.withSpeaker ? ' ' : null,
      h('span', { className: 'stance', style: `color: ${STANCE_COLORS[st.stance]}` }, STANCE_PAST[st.stance]),
      targets,
      ': ',
      followButton(context, st.claim, st.content.text, `Follow claim: ${st.content.text}`),
    ),
    h('blockquote', {}, st.evidence.text),
    (options.answers?.(st) ?? []).map((answer) =>
      h(
        'div',
        { className: 'answer', 'data-claim': answer.claim },
        '↳ ',
        followButton(context, answer.speaker.key, answer.speaker.label),
        ' ',
        h('span', { className: 'stance', style: `color: ${STANCE_COLORS[answer.stance]}` }, STANCE_PAST[answer.stance]),
        ' it: ',
        followButton(context, answer.claim, answer.content.text, `Follow claim: ${answer.content.text}`),
        h('blockquote', {}, answer.evidence.text),
      ),
    ),
  );
}

export function statementList(
  context: PanelContext,
  statements: readonly StatementRef[],
  options: StatementItemOptions,
  empty: string,
): HTMLElement {
  if (!statements.length) return h('p', { className: 'empty' }, empty);
  return h(
    'ol',
    {},
    statements.map((st) => statementItem(context, st, options)),
  );
}
