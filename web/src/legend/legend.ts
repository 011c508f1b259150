// The legend, as a strip under the graph (never over it): actor kinds and edge kinds that
// occur in the graph, the document colour, and claim colours by stance.
import { EDGE_KINDS, STANCES, type ActorKind, type EdgeKind, type Stance } from '../../../src/model/index.ts';
import { h, replaceChildren } from '../dom/h.ts';
import { ACTOR_KIND_COLORS, DOCUMENT_COLOR, EDGE_COLORS, STANCE_COLORS } from '../reducers/palette.ts';

const dot = (color: string, text: string, size = 10): HTMLElement =>
  h(
    'span',
    { className: 'item' },
    h('span', { className: 'swatch', style: `background:${color}; width:${size}px; height:${size}px` }),
    text,
  );
const line = (color: string, text: string): HTMLElement =>
  h('span', { className: 'item' }, h('span', { className: 'line', style: `background:${color}` }), text);

/** The actor network's legend: actor kinds, edges by stance, what width and rings mean. */
export function renderActorLegend(
  root: HTMLElement,
  actorKinds: readonly ActorKind[],
  reads: ReadonlyMap<Stance, string>,
): void {
  replaceChildren(
    root,
    h(
      'div',
      { className: 'group' },
      h('h2', {}, 'Actors'),
      actorKinds.map((kind) => dot(ACTOR_KIND_COLORS[kind], kind, 12)),
    ),
    h(
      'div',
      { className: 'group' },
      h('h2', {}, 'Edges: speaker → actor'),
      STANCES.map((s) => line(STANCE_COLORS[s], reads.get(s) ?? s)),
    ),
    h(
      'div',
      { className: 'group' },
      h('h2', {}, 'Reading'),
      h('span', { className: 'item' }, 'width and number: statements'),
      h(
        'span',
        { className: 'item' },
        h('span', { className: 'swatch ring', style: 'width:12px; height:12px' }),
        'ring: changed position',
      ),
    ),
  );
}

/** A foreign graph: no claimgraph colours apply; say where its colours come from. */
export function renderPlainLegend(root: HTMLElement, reason: string): void {
  replaceChildren(
    root,
    h(
      'div',
      { className: 'group' },
      h('h2', {}, 'Plain graph'),
      h('span', { className: 'item' }, `Colours and sizes are the file's own; it ${reason.replace(/^is /, 'is ')}.`),
    ),
  );
}

export function renderLegend(
  root: HTMLElement,
  actorKinds: readonly ActorKind[],
  edgeKinds: ReadonlySet<EdgeKind>,
): void {
  replaceChildren(
    root,
    h(
      'div',
      { className: 'group' },
      h('h2', {}, 'Actors'),
      actorKinds.map((kind) => dot(ACTOR_KIND_COLORS[kind], kind, 12)),
      dot(DOCUMENT_COLOR, 'document', 11),
    ),
    h(
      'div',
      { className: 'group' },
      h('h2', {}, 'Claims, by stance'),
      STANCES.map((s) => dot(STANCE_COLORS[s], s, 7)),
    ),
    h(
      'div',
      { className: 'group' },
      h('h2', {}, 'Edges'),
      EDGE_KINDS.filter((k) => edgeKinds.has(k)).map((k) => line(EDGE_COLORS[k], k)),
    ),
  );
}
