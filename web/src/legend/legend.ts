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
/** One titled group of the legend strip. */
const group = (title: string, ...items: (HTMLElement | HTMLElement[])[]): HTMLElement =>
  h('div', { className: 'group' }, h('h2', {}, title), ...items);

/** The actor network's legend: actor kinds, edges by stance, what width and rings mean. */
export function renderActorLegend(
  root: HTMLElement,
  actorKinds: readonly ActorKind[],
  reads: ReadonlyMap<Stance, string>,
): void {
  replaceChildren(
    root,
    group(
      'Actors',
      actorKinds.map((kind) => dot(ACTOR_KIND_COLORS[kind], kind, 12)),
    ),
    group(
      'Edges: speaker → actor',
      STANCES.map((s) => line(STANCE_COLORS[s], reads.get(s) ?? s)),
    ),
    group(
      'Reading',
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
    group('Plain graph', h('span', { className: 'item' }, `Colours and sizes are the file's own; it ${reason}.`)),
  );
}

export function renderLegend(
  root: HTMLElement,
  actorKinds: readonly ActorKind[],
  edgeKinds: ReadonlySet<EdgeKind>,
): void {
  replaceChildren(
    root,
    group(
      'Actors',
      actorKinds.map((kind) => dot(ACTOR_KIND_COLORS[kind], kind, 12)),
      dot(DOCUMENT_COLOR, 'document', 11),
    ),
    group(
      'Claims, by stance',
      STANCES.map((s) => dot(STANCE_COLORS[s], s, 7)),
    ),
    group(
      'Edges',
      EDGE_KINDS.filter((k) => edgeKinds.has(k)).map((k) => line(EDGE_COLORS[k], k)),
    ),
  );
}
