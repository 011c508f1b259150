// The filter form: stances, actor kinds (those present in the graph), documents, and
// "contested only". Every change writes the whole Filters value to the store; the form
// is redrawn from the state, so a URL or history move shows the filters it restored.
import { STANCES, type ActorKind, type ClaimGraph, type EdgeKind, type Stance } from '../../../src/model/index.ts';
import { h } from '../dom/h.ts';
import { ACTOR_KIND_COLORS, STANCE_COLORS } from '../reducers/palette.ts';
import type { Filters } from '../state/types.ts';

export interface FilterChoices {
  actorKinds: ActorKind[];
  edgeKinds: Set<EdgeKind>;
  docs: { id: string; label: string }[];
}

export function filterChoices(graph: ClaimGraph): FilterChoices {
  const kinds = new Set<ActorKind>();
  const docs: { id: string; label: string }[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'actor') kinds.add(attrs.actorKind);
    else if (attrs.kind === 'document') docs.push({ id: key.slice('doc:'.length), label: attrs.title ?? attrs.label });
  });
  const edgeKinds = new Set<EdgeKind>();
  graph.forEachEdge((_edge, attrs) => edgeKinds.add(attrs.kind));
  return { actorKinds: [...kinds].sort(), edgeKinds, docs };
}

const toggle = <T>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item);

function checkbox(
  name: string,
  value: string,
  checked: boolean,
  text: string,
  color: string | null,
  onChange: (on: boolean) => void,
): HTMLLabelElement {
  const input = h('input', {
    type: 'checkbox',
    name,
    value,
    onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked),
  });
  input.checked = checked;
  return h('label', {}, input, color ? h('span', { className: 'swatch', style: `background:${color}` }) : null, text);
}

/**
 * Draws the form for `filters`. A change is made to the filters in force when it happens
 * (`onChange` gets a function of them): the form is redrawn in a later task, and a second
 * click before that must not undo the first.
 */
export function renderFilters(
  root: HTMLElement,
  choices: FilterChoices,
  filters: Filters,
  onChange: (change: (current: Filters) => Filters) => void,
): void {
  const stances = h(
    'fieldset',
    {},
    h('legend', {}, 'Stance'),
    STANCES.map((stance: Stance) =>
      checkbox('stance', stance, filters.stances.includes(stance), stance, STANCE_COLORS[stance], (on) =>
        onChange((now) => ({ ...now, stances: STANCES.filter((s) => (s === stance ? on : now.stances.includes(s))) })),
      ),
    ),
  );
  const kinds = h(
    'fieldset',
    {},
    h('legend', {}, 'Actor kind'),
    choices.actorKinds.map((kind) =>
      checkbox('actor-kind', kind, filters.actorKinds.includes(kind), kind, ACTOR_KIND_COLORS[kind], (on) =>
        onChange((now) => ({ ...now, actorKinds: toggle(now.actorKinds, kind, on) })),
      ),
    ),
  );
  const docs =
    choices.docs.length > MAX_DOC_CHECKBOXES
      ? docSelect(choices, filters, onChange)
      : docCheckboxes(choices, filters, onChange);
  const contested = h(
    'fieldset',
    {},
    h('legend', {}, 'Claims'),
    checkbox('contested', '1', filters.contestedOnly, 'contested only', null, (on) =>
      onChange((now) => ({ ...now, contestedOnly: on })),
    ),
  );
  placeChildren(root, [stances, kinds, docs, contested]);
}

/**
 * Makes `nodes` the children of `root`, leaving in place those already there: the document list
 * box of a large corpus (thousands of options) is kept, not laid out again on every change.
 */
function placeChildren(root: HTMLElement, nodes: readonly (HTMLElement | null)[]): void {
  const wanted = nodes.filter((node): node is HTMLElement => node !== null);
  for (const child of [...root.children]) if (!wanted.includes(child as HTMLElement)) child.remove();
  wanted.forEach((node, i) => {
    if (root.children[i] !== node) root.insertBefore(node, root.children[i] ?? null);
  });
}

/** Beyond this many documents, a list box replaces the checkboxes. */
const MAX_DOC_CHECKBOXES = 30;

function docCheckboxes(
  choices: FilterChoices,
  filters: Filters,
  onChange: (change: (current: Filters) => Filters) => void,
): HTMLElement | null {
  if (choices.docs.length < 2) return null;
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Document (none ticked: all)'),
    choices.docs.map((doc) =>
      checkbox('doc', doc.id, filters.docs.includes(doc.id), doc.label, null, (on) =>
        onChange((now) => ({ ...now, docs: toggle(now.docs, doc.id, on) })),
      ),
    ),
  );
}

interface DocSelect {
  box: HTMLElement;
  select: HTMLSelectElement;
  filters: Filters;
  onChange: (change: (current: Filters) => Filters) => void;
  /** Whether the options show `filters.docs`. */
  synced: boolean;
}

/** The document list box made for a graph's choices, kept while that graph is shown. */
const docSelects = new WeakMap<FilterChoices, DocSelect>();

function docSelect(
  choices: FilterChoices,
  filters: Filters,
  onChange: (change: (current: Filters) => Filters) => void,
): HTMLElement {
  let kept = docSelects.get(choices);
  if (!kept) {
    const select = h(
      'select',
      {
        id: 'doc-filter',
        multiple: true,
        size: 8,
        onchange: () => made.onChange((now) => ({ ...now, docs: [...select.selectedOptions].map((o) => o.value) })),
      },
      // The sidebar cuts long titles; the whole title shows on hover.
      choices.docs.map((doc) => h('option', { value: doc.id, title: doc.label }, doc.label)),
    );
    const box = h(
      'fieldset',
      {},
      h('legend', {}, h('label', { for: 'doc-filter' }, 'Document (none chosen: all)')),
      select,
    );
    const made: DocSelect = { box, select, filters, onChange, synced: false };
    docSelects.set(choices, (kept = made));
  }
  const docsBefore = kept.filters.docs;
  kept.filters = filters;
  kept.onChange = onChange;
  // Thousands of options: only walk them when the chosen documents changed (or on first use).
  if (kept.synced && docsBefore === filters.docs) return kept.box;
  kept.synced = true;
  const chosen = new Set(filters.docs);
  for (const option of kept.select.options) {
    const on = chosen.has(option.value);
    if (option.selected !== on) option.selected = on;
  }
  return kept.box;
}
