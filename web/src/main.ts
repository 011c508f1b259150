// The viewer's entry point: builds the default graph (or a synthetic one with ?synthetic=N),
// restores the view from the URL, and wires the renderer, search, filters, path form,
// panel, files and keyboard to one view-state store.
import './styles.css';
import type { ClaimGraph } from '../../src/model/index.ts';
import { defaultGraph, DEFAULT_SOURCE } from './data/defaultGraph.ts';
import { byId, h } from './dom/h.ts';
import { bindDrop } from './files/dropTarget.ts';
import { exportGexf, exportPng } from './files/exportFiles.ts';
import { extractInWorker } from './files/extractInWorker.ts';
import { openFiles } from './files/openFiles.ts';
import { filterChoices, renderFilters } from './filters/filtersForm.ts';
import { actorOptions, renderPathForm } from './filters/pathForm.ts';
import { bindKeys } from './keyboard/keys.ts';
import { renderLegend } from './legend/legend.ts';
import { renderPanel } from './panel/panel.ts';
import { buildSearchIndex } from './search/searchIndex.ts';
import { createSearchBox } from './search/searchBox.ts';
import { currentView, onHistoryMove, pushView, replaceView } from './state/history.ts';
import { Store, initialState, type ViewState } from './state/index.ts';
import { syntheticGraph } from '../../src/synth/index.ts';
import { exposeDebugHandle } from './viewer/debugHandle.ts';
import { hideMessage, setStatus, showMessage } from './viewer/status.ts';
import { Viewer } from './viewer/viewer.ts';
import { HOME_CAMERA } from './sigma/settings.ts';

const synthetic = Number(new URLSearchParams(location.search).get('synthetic'));
const buildStart = performance.now();
const [graph, source]: [ClaimGraph, string] =
  synthetic > 0 ? [syntheticGraph(synthetic), `synthetic-${synthetic}`] : [defaultGraph(), DEFAULT_SOURCE];
const buildMs = performance.now() - buildStart;

const restored = currentView();
const known = (key: string | null): string | null => (key !== null && graph.hasNode(key) ? key : null);
const store = new Store({
  ...initialState(),
  selected: known(restored.selected),
  trail: restored.trail.filter((key) => graph.hasNode(key)),
  filters: restored.filters,
  path: { ...restored.path, from: known(restored.path.from), to: known(restored.path.to) },
});
const viewer = new Viewer(byId('graph'), graph, source, store);
// Sigma draws the graph once, synchronously, when it is created.
exposeDebugHandle(viewer, { buildMs, firstRenderAt: performance.now() });

const follow = (node: string): void => {
  viewer.select(node, 'follow');
  void viewer.centreOn(node);
};
const search = createSearchBox(byId('search'), buildSearchIndex(graph), (key) => {
  viewer.select(key, 'jump');
  void viewer.centreOn(key);
});

const filtersBox = h('div', {});
const pathBox = h('div', {});
byId('filters').append(filtersBox, pathBox);
let choices = filterChoices(graph);
let actors = actorOptions(graph);
const drawFilters = (state: ViewState): void =>
  renderFilters(filtersBox, choices, state.filters, (filters) => store.update({ filters }));
const drawPath = (state: ViewState): void =>
  renderPathForm(pathBox, actors, state.path, state.pathResult, {
    onRequest: (path) => store.update({ path }),
    onFind: () => viewer.findPath(),
    onClear: () =>
      store.update({
        path: { ...store.get().path, from: null, to: null },
        pathResult: { nodes: [], edges: [], message: null },
      }),
  });
const drawPanel = (state: ViewState): void => renderPanel(byId('details'), viewer.graph, state, follow);
const describe = (): string => `${viewer.source}: ${viewer.graph.order} nodes, ${viewer.graph.size} edges`;

const camera = viewer.renderer.getCamera();
let restoring = false;
store.subscribe((state, changed) => {
  if (changed.has('filters')) drawFilters(state);
  if (changed.has('path') || changed.has('pathResult')) drawPath(state);
  if (changed.has('selected') || changed.has('trail') || changed.has('pathResult')) drawPanel(state);
  if (restoring) return;
  if (changed.has('selected')) pushView(state);
  else if (changed.has('filters') || changed.has('path') || changed.has('camera') || changed.has('trail'))
    replaceView(state);
});
onHistoryMove((view) => {
  restoring = true;
  const filters = view.filters;
  store.update({ selected: known(view.selected), trail: view.trail, filters, cursor: null });
  restoring = false;
});

viewer.onGraph(({ graph: loaded }) => {
  camera.setState(HOME_CAMERA);
  choices = filterChoices(loaded);
  actors = actorOptions(loaded);
  search.setIndex(buildSearchIndex(loaded));
  renderLegend(byId('legend'), choices.actorKinds, choices.edgeKinds);
  const state = store.get();
  drawFilters(state);
  drawPath(state);
  drawPanel(state);
  replaceView(state);
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
    // Labels are drawn to the right of their node: leave them room at the right edge.
    else camera.setState(HOME_CAMERA);
  }
});

const open = async (files: File[]): Promise<void> => {
  hideMessage();
  setStatus(`Reading ${files.map((f) => f.name).join(', ')}…`);
  try {
    const opened = await openFiles(files, extractInWorker, (done, total) =>
      setStatus(`Extracting statements: ${done} of ${total} articles`, { done, total }),
    );
    viewer.load(opened.graph, opened.source, { filters: initialState().filters, path: initialState().path });
  } catch (error) {
    showMessage(`Could not open ${files.map((f) => f.name).join(', ')}: ${(error as Error).message}`);
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
byId('export-gexf').addEventListener('click', () => exportGexf(viewer.graph, viewer.source));
byId('export-png').addEventListener('click', () => void exportPng(viewer.renderer, viewer.source));
let announceTimer: ReturnType<typeof setTimeout> | undefined;
bindKeys(viewer, (text) => {
  setStatus(text);
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => setStatus(describe()), 4000);
});

renderLegend(byId('legend'), choices.actorKinds, choices.edgeKinds);
drawFilters(store.get());
drawPath(store.get());
if (store.get().path.from && store.get().path.to) viewer.findPath();
drawPanel(store.get());
replaceView(store.get());
viewer.startLayout();
