// The viewer's entry point: opens the graph the address names (?graph=<url>, ?synthetic=N,
// or the curated default), restores the view from the hash, and wires the renderer, the view
// switch, search, filters, timeline, statement table, path form, panel, files, share link and
// keyboard to one view-state store.
import './styles.css';
import { byId, h, replaceChildren } from './dom/h.ts';
import { bindDrop } from './files/dropTarget.ts';
import { exportCsv, exportGexf, exportPlainGexf, exportPng } from './files/exportFiles.ts';
import { extractInWorker } from './files/extractInWorker.ts';
import { filterChoices, renderFilters, type FilterChoices } from './filters/filtersForm.ts';
import { actorOptions, renderPathForm } from './filters/pathForm.ts';
import { rowFilter } from './filters/rowFilter.ts';
import { bindKeys } from './keyboard/keys.ts';
import { renderActorLegend, renderLegend, renderPlainLegend } from './legend/legend.ts';
import type { PanelContext } from './panel/links.ts';
import { labelOf } from './panel/links.ts';
import { renderPanel } from './panel/panel.ts';
import { STANCE_READS } from './reducers/actorNetwork.ts';
import { buildSearchIndex } from './search/searchIndex.ts';
import { createSearchBox } from './search/searchBox.ts';
import { bindShare } from './share/shareControl.ts';
import { addressFor, sourceFromLocation } from './source/fromLocation.ts';
import { defaultSource, filesSource } from './source/sources.ts';
import type { GraphSource } from './source/types.ts';
import { currentView, onHistoryMove, pushView, replaceView } from './state/history.ts';
import { Store, VIEWS, initialState, type ViewName, type ViewState } from './state/index.ts';
import { rowsToCsv } from './table/csv.ts';
import { StatementTable } from './table/statementTable.ts';
import { nextSort } from './table/nextSort.ts';
import { dayCounts, type DayCounts } from './timeline/histogram.ts';
import { Timeline } from './timeline/timeline.ts';
import { exposeDebugHandle } from './viewer/debugHandle.ts';
import type { GraphData } from './viewer/graphData.ts';
import { hideMessage, setStatus, showMessage } from './viewer/status.ts';
import { Viewer } from './viewer/viewer.ts';
import { ActorScene } from './scenes/actorScene.ts';
import { HOME_CAMERA } from './sigma/settings.ts';
import { parseActorLinkKey } from '../../src/corpus/queries/index.ts';
import { bindServerMode, type ServerMode } from './server/serverMode.ts';
import { ServerSource } from './server/serverSource.ts';
import { indexFinder } from './search/searchBox.ts';

const VIEW_LABELS: Record<ViewName, string> = { actors: 'Actor network', claims: 'All claims' };
/** An error's first line, without the module that raised it (users see what happened, not where). */
const oneLine = (error: unknown): string => {
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const module = (error as { module?: unknown } | null)?.module;
  return typeof module === 'string' && text.startsWith(`${module}: `) ? text.slice(module.length + 2) : text;
};

// ---- the first graph: the address's source, or the default graph if it cannot be opened
let source: GraphSource = sourceFromLocation(location.search, extractInWorker);
const buildStart = performance.now();
let data: GraphData;
let failure: string | null = null;
setStatus(`Opening ${source.name}…`);
try {
  data = await source.load((done, total) =>
    setStatus(`Extracting statements: ${done} of ${total} articles`, { done, total }),
  );
} catch (error) {
  failure = `Could not open ${source.name}: ${oneLine(error)}`;
  // A server that cannot be reached now may be later: stay on it, with what it gave.
  if (source instanceof ServerSource && !source.badAddress) data = source.current();
  else {
    source = defaultSource();
    data = await source.load(() => {});
  }
}
const buildMs = performance.now() - buildStart;

// ---- the view state, restored from the address
const restored = currentView();
const store = new Store({
  ...initialState(),
  view: restored.view,
  minStatements: restored.minStatements,
  filters: restored.filters,
  sort: restored.sort,
  tableText: restored.tableText,
});
const viewer = new Viewer(byId('graph'), data, source.name, store);
const known = (key: string | null): string | null => (key !== null && viewer.knows(key) ? key : null);
store.update({
  selected: known(restored.selected),
  trail: restored.trail.filter((key) => viewer.knows(key)),
  path: { ...restored.path, from: known(restored.path.from), to: known(restored.path.to) },
});
exposeDebugHandle(viewer, { buildMs, firstRenderAt: viewer.shownAt });
if (failure) showMessage(failure);

const follow = (node: string): void => {
  viewer.select(node, 'follow');
  void viewer.centreOn(node);
};
/** Set while the page shows a claimgraph server's graph (?server=): search and selection ask it. */
let serverMode: ServerMode | null = null;
const searchGraph = () => (viewer.data.kind === 'plain' ? viewer.data.graph : viewer.graph);
const search = createSearchBox(
  byId('search'),
  indexFinder(buildSearchIndex(searchGraph())),
  (key) => {
    if (serverMode) return serverMode.pick(key);
    viewer.select(key, 'jump');
    void viewer.centreOn(key);
  },
  (error) => showMessage(`Search failed: ${oneLine(error)}`),
);

// ---- the left column: filters and path form
const filtersBox = h('div', {});
const pathBox = h('div', {});
byId('filters').append(filtersBox, pathBox);
let choices: FilterChoices = filterChoices(viewer.graph);
let actors = actorOptions(viewer.graph);
const drawFilters = (state: ViewState): void => {
  if (viewer.data.kind === 'plain') {
    replaceChildren(
      filtersBox,
      h('p', { className: 'empty' }, 'Filters apply to claim graphs; this is a plain graph.'),
    );
    return;
  }
  renderFilters(filtersBox, choices, state.filters, (change) =>
    store.update((current) => ({ filters: change(current.filters) })),
  );
};
const drawPath = (state: ViewState): void => {
  if (viewer.data.kind === 'plain') return replaceChildren(pathBox);
  renderPathForm(pathBox, actors, state.path, state.pathResult, {
    onRequest: (path) => store.update({ path }),
    onFind: () => viewer.findPath(),
    onClear: () =>
      store.update({
        path: { ...store.get().path, from: null, to: null },
        pathResult: { nodes: [], edges: [], message: null },
      }),
  });
};

// ---- the Details panel
const panelContext = (): PanelContext => {
  const { data } = viewer;
  if (data.kind === 'plain') return { graph: viewer.graph, follow };
  const test = rowFilter(data.index, store.get().filters);
  return {
    graph: data.graph,
    follow,
    linkClaims: (key) => data.claimsOfLink(key),
    shows: (claim) => {
      const row = data.rowOf(claim);
      return row === undefined || test(row);
    },
    changesOf: (actor) => data.changes.filter((change) => change.actor === actor),
  };
};
const drawPanel = (state: ViewState): void =>
  renderPanel(byId('details'), panelContext(), state, {
    knows: (key) => viewer.knows(key),
    ...(viewer.data.kind === 'plain' ? { plain: viewer.data } : {}),
    actors: viewer.scene.name === 'actors',
  });

// ---- the view switch and the legend
const viewSwitch = byId('view-switch');
const drawViewSwitch = (): void => {
  viewSwitch.hidden = viewer.data.kind === 'plain';
  const scene = viewer.scene;
  const minimum =
    scene instanceof ActorScene
      ? h(
          'label',
          { className: 'min-statements', title: 'Edges with fewer statements are not drawn; empty: chosen for you' },
          'edges of ≥ ',
          h('input', {
            type: 'number',
            id: 'min-statements',
            min: 1,
            step: 1,
            value: String(scene.threshold),
            'aria-label': 'Fewest statements per edge',
            onchange: (event: Event) => {
              const value = Number((event.target as HTMLInputElement).value);
              store.update({ minStatements: Number.isInteger(value) && value >= 1 ? value : null });
            },
          }),
          ' statements',
          store.get().minStatements === null ? ' (auto)' : '',
        )
      : null;
  replaceChildren(
    viewSwitch,
    minimum,
    VIEWS.map((view) =>
      h(
        'button',
        {
          type: 'button',
          role: 'radio',
          'aria-checked': String(viewer.scene.name === view),
          'data-view': view,
          onclick: () => store.update({ view }),
        },
        VIEW_LABELS[view],
      ),
    ),
  );
};
const drawLegend = (): void => {
  if (viewer.data.kind === 'plain') renderPlainLegend(byId('legend'), viewer.data.reason);
  else if (viewer.scene.name === 'actors') renderActorLegend(byId('legend'), choices.actorKinds, STANCE_READS);
  else renderLegend(byId('legend'), choices.actorKinds, choices.edgeKinds);
};

// ---- the timeline and the statement table, fed by the same row test as the graph
const timeline = new Timeline((range) => store.update({ filters: { ...store.get().filters, ...range } }));
byId('timeline').append(timeline.root);
const table = new StatementTable({
  onSelect: (claim) => {
    viewer.select(claim, 'jump');
    void viewer.centreOn(claim);
  },
  onSort: (column) => store.update({ sort: nextSort(store.get().sort, column) }),
  onText: (tableText) => store.update({ tableText }),
  onExport: (rows, shown) => exportCsv(rowsToCsv(rows, shown), viewer.source),
});
byId('table').append(table.root);
table.mount();
let counts: { key: string; value: DayCounts } | null = null;
/** A selection made while the table waits for new rows is shown once they are there. */
let selectAfterRows = false;
const updateTable = (): void => {
  const { data } = viewer;
  if (data.kind === 'plain') return;
  const state = store.get();
  table.update(rowFilter(data.index, state.filters), state.tableText, state.sort);
  if (selectAfterRows) table.select(state.selected);
  selectAfterRows = false;
};
const updateTimeline = (): void => {
  const { data } = viewer;
  if (data.kind === 'plain') return;
  const { filters } = store.get();
  // The histogram counts every filter but the dates; it is only recounted when those change.
  const { from: _from, to: _to, ...rest } = filters;
  const key = JSON.stringify(rest);
  if (counts?.key !== key)
    counts = { key, value: dayCounts(data.rows, rowFilter(data.index, filters, { ignoreDates: true })) };
  timeline.update(counts.value, filters);
};
/**
 * The table and the timeline follow the state; after a filter, sort or text change each is
 * redrawn in a task of its own (the graph's refresh first), so that none holds up input.
 */
const drawRows = (state: ViewState, changed: ReadonlySet<keyof ViewState> | null): void => {
  const { data } = viewer;
  byId('table').hidden = data.kind === 'plain';
  if (data.kind === 'plain') {
    timeline.root.hidden = true;
    return;
  }
  if (changed === null) {
    table.setRows(data.rows);
    counts = null;
    selectAfterRows = true;
    updateTable();
    updateTimeline();
    return;
  }
  if (changed.has('filters') || changed.has('sort') || changed.has('tableText')) viewer.later.run('table', updateTable);
  if (changed.has('filters')) viewer.later.run('timeline', updateTimeline);
  if (changed.has('selected')) {
    if (viewer.later.has('table')) selectAfterRows = true;
    else table.select(state.selected);
  }
};

// ---- the status line
const describe = (): string => {
  const shown = viewer.scene.graph;
  if (serverMode && viewer.data.graph.order === 0)
    return `${viewer.source}: nothing loaded yet. Search for an actor or a claim; what you open is loaded from the server.`;
  const whole = `${viewer.source}: ${viewer.data.graph.order.toLocaleString('en')} nodes, ${viewer.data.graph.size.toLocaleString('en')} edges`;
  if (viewer.scene instanceof ActorScene)
    return `${whole} · actor network: ${shown.order} actors, ${shown.size} edges (drawn: ≥ ${viewer.scene.threshold} statements)`;
  if (viewer.data.kind === 'plain') return `${whole} · plain graph (not a claim graph)`;
  return whole;
};

// ---- state → page, and the address
const camera = viewer.renderer.getCamera();
let restoring = false;
store.subscribe((state, changed) => {
  const later = viewer.later;
  // What a filter change redraws around the graph waits for tasks of its own, after the graph's.
  if (changed.has('filters')) later.run('filters', () => drawFilters(store.get()));
  if (changed.has('path') || changed.has('pathResult')) drawPath(state);
  const header = (): void => {
    drawViewSwitch();
    drawLegend();
    setStatus(describe());
  };
  if (changed.has('view')) header();
  else if (changed.has('minStatements') || (changed.has('filters') && viewer.scene.name === 'actors'))
    later.run('header', header);
  if (['selected', 'trail', 'pathResult', 'view'].some((key) => changed.has(key as keyof ViewState))) drawPanel(state);
  else if (changed.has('filters')) later.run('panel', () => drawPanel(store.get()));
  drawRows(state, changed);
  if (changed.has('hovered') && state.hovered !== null && parseActorLinkKey(state.hovered)) {
    const n = viewer.data.kind === 'claims' ? viewer.data.claimsOfLink(state.hovered).length : 0;
    setStatus(
      `${labelOf(viewer.graph, state.hovered)}: ${n} statement${n === 1 ? '' : 's'} in all — click to list them`,
    );
  } else if (changed.has('hovered') && state.hovered === null) setStatus(describe());
  if (restoring) return;
  if (changed.has('selected')) pushView(state);
  else if (
    ['filters', 'path', 'camera', 'trail', 'view', 'sort', 'tableText'].some((k) => changed.has(k as keyof ViewState))
  )
    later.run('address', () => replaceView(store.get()));
});
onHistoryMove((view) => {
  restoring = true;
  store.update({
    view: view.view,
    minStatements: view.minStatements,
    filters: view.filters,
    sort: view.sort,
    tableText: view.tableText,
  });
  store.update({ selected: known(view.selected), trail: view.trail.filter((k) => viewer.knows(k)), cursor: null });
  restoring = false;
});

viewer.onGraph(() => {
  choices = filterChoices(viewer.graph);
  actors = actorOptions(viewer.graph);
  if (!serverMode) search.setIndex(buildSearchIndex(searchGraph()));
  const state = store.get();
  drawViewSwitch();
  drawLegend();
  drawFilters(state);
  drawPath(state);
  drawPanel(state);
  drawRows(state, null);
  replaceView(state);
});
// What of the graph is still being drawn after a change (large graphs), beside the graph.
const drawing = byId('drawing');
viewer.onDrawing((what) => {
  drawing.textContent = what ?? '';
  drawing.hidden = what === null;
});
viewer.onScene(() => {
  drawViewSwitch();
  drawLegend();
});

let cameraTimer: ReturnType<typeof setTimeout> | undefined;
camera.on('updated', (cam) => {
  clearTimeout(cameraTimer);
  cameraTimer = setTimeout(() => store.update({ camera: { x: cam.x, y: cam.y, ratio: cam.ratio } }), 250);
});
let firstLayout = true;
viewer.onLayoutPhase((phase) => {
  if (phase === 'forceatlas2' || phase === 'noverlap') setStatus(`${describe()} · laying out (${phase})…`);
  else setStatus(describe());
  if ((phase === 'done' || phase === 'stopped') && firstLayout) {
    firstLayout = false;
    const { selected } = store.get();
    if (restored.camera) camera.setState(restored.camera);
    else if (selected) void viewer.centreOn(selected, 0);
    else camera.setState(viewer.scene.home ?? HOME_CAMERA);
  }
});

// ---- files: open, drop, export; the share link
const open = async (files: File[]): Promise<void> => {
  hideMessage();
  const next = filesSource(files, extractInWorker);
  setStatus(`Reading ${next.name}…`);
  try {
    const loaded = await next.load((done, total) =>
      setStatus(`Extracting statements: ${done} of ${total} articles`, { done, total }),
    );
    const fresh = initialState();
    viewer.load(loaded, next.name, {
      filters: fresh.filters,
      path: fresh.path,
      view: null,
      sort: fresh.sort,
      tableText: '',
    });
    source = next;
    if (serverMode) {
      serverMode = null;
      search.setIndex(buildSearchIndex(searchGraph()));
    }
    // The address must not name a graph that is no longer shown.
    history.replaceState(history.state, '', addressFor(source, location.href));
  } catch (error) {
    showMessage(`Could not open ${next.name}: ${oneLine(error)}`);
    setStatus(describe());
  }
};
const fileInput = byId<HTMLInputElement>('file-input');
byId('open-file').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const files = [...(fileInput.files ?? [])];
  fileInput.value = '';
  if (files.length) void open(files);
});
bindDrop(document.body, byId('drop-hint'), (files) => void open(files));
byId('export-gexf').addEventListener('click', () =>
  viewer.data.kind === 'plain'
    ? exportPlainGexf(viewer.data.graph, viewer.source)
    : exportGexf(viewer.graph, viewer.source),
);
byId('export-png').addEventListener('click', () => void exportPng(viewer.renderer, viewer.source));
bindShare(byId<HTMLButtonElement>('share'), byId('share-panel'), () => source);
let announceTimer: ReturnType<typeof setTimeout> | undefined;
bindKeys(viewer, (text) => {
  setStatus(text);
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => setStatus(describe()), 4000);
});

// ---- first drawing
drawViewSwitch();
drawLegend();
drawFilters(store.get());
drawPath(store.get());
if (store.get().path.from && store.get().path.to) viewer.findPath();
drawPanel(store.get());
drawRows(store.get(), null);
replaceView(store.get());
setStatus(describe());
viewer.ensureLayout();
if (source instanceof ServerSource) {
  const server = source;
  serverMode = bindServerMode(server, viewer, search, {
    status: setStatus,
    describe,
    fail: (what, error) => showMessage(`${what}: ${oneLine(error)}`),
    active: () => source === server,
    grew: () => history.replaceState(history.state, '', addressFor(server, location.href)),
  });
}
