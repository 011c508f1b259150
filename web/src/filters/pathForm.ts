// The path form: two actors and the edge kinds a path may follow; "Find path" asks the
// library's shortestPath (through the viewer) and the result is drawn and listed.
import { EDGE_KINDS, type ClaimGraph, type EdgeKind } from '../../../src/model/index.ts';
import { h, replaceChildren } from '../dom/h.ts';
import { EDGE_COLORS } from '../reducers/palette.ts';
import type { PathRequest, PathResult } from '../state/types.ts';

export interface PathFormHandlers {
  onRequest: (request: PathRequest) => void;
  onFind: () => void;
  onClear: () => void;
}

export function actorOptions(graph: ClaimGraph): { key: string; label: string }[] {
  const actors: { key: string; label: string }[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'actor') actors.push({ key, label: attrs.label });
  });
  return actors.sort((a, b) => a.label.localeCompare(b.label));
}

function actorSelect(
  id: string,
  text: string,
  actors: { key: string; label: string }[],
  value: string | null,
  onChange: (key: string | null) => void,
): HTMLElement {
  const select = h(
    'select',
    { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value || null) },
    h('option', { value: '' }, '—'),
    actors.map((actor) => h('option', { value: actor.key }, actor.label)),
  );
  select.value = value ?? '';
  return h('div', {}, h('label', { for: id }, text), select);
}

export function renderPathForm(
  root: HTMLElement,
  actors: { key: string; label: string }[],
  request: PathRequest,
  result: PathResult,
  handlers: PathFormHandlers,
): void {
  const via = h(
    'fieldset',
    {},
    h('legend', {}, 'along'),
    EDGE_KINDS.map((kind: EdgeKind) => {
      const input = h('input', {
        type: 'checkbox',
        name: 'via',
        value: kind,
        onchange: (e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          handlers.onRequest({
            ...request,
            via: EDGE_KINDS.filter((k) => (k === kind ? on : request.via.includes(k))),
          });
        },
      });
      input.checked = request.via.includes(kind);
      return h(
        'label',
        {},
        input,
        h('span', { className: 'swatch', style: `background:${EDGE_COLORS[kind]}; border-radius:1px` }),
        kind,
      );
    }),
  );
  replaceChildren(
    root,
    h(
      'fieldset',
      {},
      h('legend', {}, 'Path between actors'),
      actorSelect('path-from', 'from', actors, request.from, (from) => handlers.onRequest({ ...request, from })),
      actorSelect('path-to', 'to', actors, request.to, (to) => handlers.onRequest({ ...request, to })),
      via,
      h(
        'div',
        { className: 'row' },
        h('button', { type: 'button', id: 'find-path', onclick: handlers.onFind }, 'Find path'),
        h('button', { type: 'button', onclick: handlers.onClear }, 'Clear'),
      ),
      h(
        'p',
        { className: 'path-message', role: 'status' },
        result.message ?? (result.nodes.length ? `${result.edges.length} steps, listed in Details.` : ''),
      ),
    ),
  );
}
