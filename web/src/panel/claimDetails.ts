// The details of a claim: its provenance (who made it, in which document, for whom they
// speak), the document text with evidence, cue and content marked, and the response chain
// around it: what it answers and who denies or rejects it.
import type { DocumentNode } from '../../../src/model/index.ts';
import { provenance, responseChain } from '../../../src/query/index.ts';
import { h } from '../dom/h.ts';
import { STANCE_COLORS } from '../reducers/palette.ts';
import { documentText, type Highlight } from './documentText.ts';
import { followButton, type PanelContext } from './links.ts';
import { STANCE_PAST, statementList } from './statementItem.ts';

export function claimDetails(context: PanelContext, key: string): HTMLElement[] {
  const { graph } = context;
  const prov = provenance(graph, key);
  const chain = responseChain(graph, key, { depth: 1 });
  const docNode = graph.hasNode(prov.document.key)
    ? (graph.getNodeAttributes(prov.document.key) as DocumentNode)
    : undefined;
  const highlights: Highlight[] = [{ span: prov.content, className: 'content' }];
  if (prov.cue) highlights.push({ span: prov.cue, className: 'cue' });

  const out: HTMLElement[] = [
    h('h2', {}, prov.content.text),
    h(
      'p',
      { className: 'meta' },
      followButton(context, prov.speaker.key, prov.speaker.label),
      prov.speaksFor.length ? ` (${prov.speaksFor.map((a) => a.label).join(' › ')})` : '',
      ' ',
      h('span', { className: 'stance', style: `color:${STANCE_COLORS[prov.stance]}` }, STANCE_PAST[prov.stance]),
      prov.targets.length ? ` ${prov.targets.map((t) => t.label).join(', ')}` : '',
      prov.implicit ? ' (implicit attribution)' : '',
    ),
    h(
      'p',
      { className: 'meta' },
      'in ',
      followButton(context, prov.document.key, prov.document.title ?? prov.document.id),
      prov.document.published ? ` · ${prov.document.published}` : '',
      prov.about.length ? ' · about ' : '',
      prov.about.flatMap((a, i) => [i ? ', ' : '', followButton(context, a.key, a.label)]),
    ),
  ];
  out.push(h('h3', {}, 'source text'));
  out.push(
    h(
      'div',
      { className: 'key' },
      h('span', {}, h('mark', { className: 'evidence' }, 'evidence')),
      h('span', {}, h('mark', { className: 'cue' }, 'cue')),
      h('span', {}, h('mark', { className: 'content' }, 'content')),
    ),
  );
  out.push(
    docNode?.text !== undefined
      ? documentText(docNode.text, prov.evidence, highlights)
      : documentText(
          prov.evidence.text,
          { ...prov.evidence, start: 0, end: prov.evidence.text.length },
          shift(highlights, prov.evidence.start),
        ),
  );
  const answers = chain.answers.map((link) => link.statement);
  const answeredBy = chain.answeredBy.map((link) => link.statement);
  if (answers.length) {
    out.push(h('h3', {}, `answers (${answers.length})`));
    out.push(statementList(context, answers, { withSpeaker: true }, ''));
  }
  out.push(h('h3', {}, `denied or rejected by (${answeredBy.length})`));
  out.push(
    statementList(context, answeredBy, { withSpeaker: true }, 'Nobody in the graph denies or rejects this claim.'),
  );
  return out;
}

/** Highlights moved into the coordinates of the evidence text alone (when the document text is unknown). */
function shift(highlights: readonly Highlight[], by: number): Highlight[] {
  return highlights.map((hl) => ({ ...hl, span: { ...hl.span, start: hl.span.start - by, end: hl.span.end - by } }));
}
