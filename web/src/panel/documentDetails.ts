// The details of a document: its metadata and the statements it reports, in order.
import type { DocumentNode } from '../../../src/model/index.ts';
import { statementsInDocument } from '../../../src/query/index.ts';
import { h } from '../dom/h.ts';
import type { PanelContext } from './links.ts';
import { statementList } from './statementItem.ts';

export function documentDetails(context: PanelContext, key: string): HTMLElement[] {
  const { graph } = context;
  const doc = graph.getNodeAttributes(key) as DocumentNode;
  const statements = statementsInDocument(graph, key);
  const meta = [doc.outlet, doc.dateline, doc.published, doc.file].filter((part): part is string => !!part);
  return [
    h('h2', {}, doc.title ?? doc.label),
    h('p', { className: 'meta' }, meta.join(' · ')),
    doc.url ? h('p', { className: 'meta' }, doc.url) : null,
    h('h3', {}, `reports (${statements.length})`),
    statementList(context, statements, { withSpeaker: true }, 'This document reports no statements.'),
  ].filter((el): el is HTMLElement => el !== null);
}
