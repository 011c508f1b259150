// Binds the view state to the browser's address bar and history: a new selection is a new
// history entry (so back and forward walk the selections, breadcrumb included); filters,
// path and camera replace the current entry, so that a link always reopens what is on screen.
import { fromHash, toHash, type UrlState } from './url.ts';
import type { ViewState } from './types.ts';

interface HistoryEntry {
  trail: string[];
}

const urlPart = (state: ViewState): UrlState => ({
  view: state.view,
  selected: state.selected,
  filters: state.filters,
  path: state.path,
  camera: state.camera,
  minStatements: state.minStatements,
  sort: state.sort,
  tableText: state.tableText,
});

export function pushView(state: ViewState): void {
  const entry: HistoryEntry = { trail: [...state.trail] };
  history.pushState(entry, '', toHash(urlPart(state)) || location.pathname + location.search);
}

export function replaceView(state: ViewState): void {
  const entry: HistoryEntry = { trail: [...state.trail] };
  const hash = toHash(urlPart(state));
  if (hash === location.hash) {
    history.replaceState(entry, '');
    return;
  }
  history.replaceState(entry, '', hash || location.pathname + location.search);
}

export interface PoppedView extends UrlState {
  trail: string[];
}

export function currentView(): PoppedView {
  const entry = history.state as Partial<HistoryEntry> | null;
  const trail = Array.isArray(entry?.trail) ? entry.trail.filter((item) => typeof item === 'string') : [];
  return { ...fromHash(location.hash), trail };
}

export function onHistoryMove(listener: (view: PoppedView) => void): () => void {
  const handler = (): void => listener(currentView());
  window.addEventListener('popstate', handler);
  return () => window.removeEventListener('popstate', handler);
}
