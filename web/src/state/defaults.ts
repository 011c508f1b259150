// The view state a fresh page starts from: nothing selected, every stance and actor kind
// shown, paths along the edges that connect actors through what they said.
import { ACTOR_KINDS, EDGE_KINDS, STANCES } from '../../../src/model/index.ts';
import type { Filters, PathRequest, TableSort, ViewState } from './types.ts';

export const defaultFilters = (): Filters => ({
  stances: [...STANCES],
  actorKinds: [...ACTOR_KINDS],
  docs: [],
  contestedOnly: false,
  from: null,
  to: null,
});

/** The table starts in document order: by date, then as the statements come. */
export const defaultSort = (): TableSort => ({ column: 'date', descending: false });

/** Paths go through what actors said and who they belong to, not through the documents that report it. */
export const DEFAULT_PATH_KINDS = EDGE_KINDS.filter((kind) => kind !== 'reports' && kind !== 'publishes');

export const defaultPath = (): PathRequest => ({ from: null, to: null, via: [...DEFAULT_PATH_KINDS] });

export const initialState = (): ViewState => ({
  view: null,
  hovered: null,
  selected: null,
  cursor: null,
  trail: [],
  filters: defaultFilters(),
  path: defaultPath(),
  pathResult: { nodes: [], edges: [], message: null },
  camera: null,
  minStatements: null,
  sort: defaultSort(),
  tableText: '',
});
