// The shareable part of the view state (view, selection, filters with the date range, path
// request, camera, the table's order and text filter) as the URL hash, and back. The graph
// itself is not in the hash: a graph opened by URL is in the query (?graph=…, see
// ../source). Defaults are left out so that links stay short; values the viewer
// does not know (a stance that does not exist, a malformed camera) are dropped, not trusted.
// Node keys are checked against the graph by the caller, which may load a graph after parsing.
import { ACTOR_KINDS, STANCES, isActorKind, isEdgeKind, isStance } from '../../../src/model/index.ts';
import { DEFAULT_PATH_KINDS, defaultFilters, defaultPath, defaultSort } from './defaults.ts';
import {
  TABLE_COLUMNS,
  isView,
  type CameraView,
  type Filters,
  type PathRequest,
  type TableColumn,
  type TableSort,
  type ViewState,
} from './types.ts';

export type UrlState = Pick<
  ViewState,
  'view' | 'selected' | 'filters' | 'path' | 'camera' | 'minStatements' | 'sort' | 'tableText'
>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null): string | null => (value !== null && DAY.test(value) ? value : null);

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item) => b.includes(item));

const list = (value: string | null): string[] =>
  value === null || value === '' ? [] : value.split(',').filter((item) => item !== '');

const round = (n: number): string => String(Math.round(n * 10_000) / 10_000);

export function toHash(view: UrlState): string {
  const params = new URLSearchParams();
  if (view.view) params.set('view', view.view);
  if (view.selected) params.set('sel', view.selected);
  const { filters, path, camera } = view;
  if (!sameSet(filters.stances, STANCES)) params.set('stance', filters.stances.join(','));
  if (!sameSet(filters.actorKinds, ACTOR_KINDS)) params.set('kind', filters.actorKinds.join(','));
  if (filters.docs.length) params.set('doc', filters.docs.join(','));
  if (filters.contestedOnly) params.set('contested', '1');
  if (filters.from) params.set('since', filters.from);
  if (filters.to) params.set('until', filters.to);
  if (path.from) params.set('from', path.from);
  if (path.to) params.set('to', path.to);
  if (!sameSet(path.via, DEFAULT_PATH_KINDS)) params.set('via', path.via.join(','));
  if (camera) params.set('cam', [camera.x, camera.y, camera.ratio].map(round).join(','));
  if (view.minStatements !== null) params.set('min', String(view.minStatements));
  const sort = defaultSort();
  if (view.sort.column !== sort.column || view.sort.descending !== sort.descending)
    params.set('sort', `${view.sort.descending ? '-' : ''}${view.sort.column}`);
  if (view.tableText) params.set('q', view.tableText);
  const text = params.toString();
  return text ? `#${text}` : '';
}

function parseCamera(value: string | null): CameraView | null {
  if (value === null) return null;
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}

function parseMin(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : null;
}

function parseSort(value: string | null): TableSort {
  const column = value?.replace(/^-/, '');
  if (value === null || !TABLE_COLUMNS.includes(column as TableColumn)) return defaultSort();
  return { column: column as TableColumn, descending: value.startsWith('-') };
}

export function fromHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const defaults = defaultFilters();
  const stances = params.has('stance') ? list(params.get('stance')).filter(isStance) : defaults.stances;
  const actorKinds = params.has('kind') ? list(params.get('kind')).filter(isActorKind) : defaults.actorKinds;
  const filters: Filters = {
    stances,
    actorKinds,
    docs: list(params.get('doc')),
    contestedOnly: params.get('contested') === '1',
    from: day(params.get('since')),
    to: day(params.get('until')),
  };
  const path: PathRequest = {
    ...defaultPath(),
    from: params.get('from') || null,
    to: params.get('to') || null,
    ...(params.has('via') ? { via: list(params.get('via')).filter(isEdgeKind) } : {}),
  };
  const view = params.get('view');
  return {
    view: isView(view) ? view : null,
    selected: params.get('sel') || null,
    filters,
    path,
    camera: parseCamera(params.get('cam')),
    minStatements: parseMin(params.get('min')),
    sort: parseSort(params.get('sort')),
    tableText: params.get('q') ?? '',
  };
}
