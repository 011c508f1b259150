// The view state of the viewer: what the user hovers, selects, filters, searches and looks
// at. It lives outside the graph (the graph only holds data and positions), so that the
// node and edge reducers can read it and a refresh never re-indexes the graph.
import type { ActorKind, EdgeKind, Stance } from '../../../src/model/index.ts';

export interface Filters {
  /** Stances whose claims are shown. */
  stances: readonly Stance[];
  /** Actor kinds whose actors are shown. */
  actorKinds: readonly ActorKind[];
  /** Document ids whose claims are shown; empty means every document. */
  docs: readonly string[];
  /** Show only claims that someone denies or rejects, and the claims that answer them. */
  contestedOnly: boolean;
  /** Publication days (YYYY-MM-DD, inclusive) whose statements are shown; null: no bound. */
  from: string | null;
  to: string | null;
}

/** The two ways to look at a claim graph: who is in conflict with whom, or every claim. */
export const VIEWS = ['actors', 'claims'] as const;
export type ViewName = (typeof VIEWS)[number];
export const isView = (value: unknown): value is ViewName => VIEWS.includes(value as ViewName);

/** The statement table's columns, in their order on screen. */
export const TABLE_COLUMNS = ['date', 'speaker', 'stance', 'subject', 'content', 'document', 'confidence'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableSort {
  column: TableColumn;
  descending: boolean;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface PathRequest {
  from: string | null;
  to: string | null;
  /** Edge kinds the path may follow. */
  via: readonly EdgeKind[];
}

export interface PathResult {
  nodes: readonly string[];
  edges: readonly string[];
  /** Why no path is shown (none found, bad request); null when a path is shown or none asked. */
  message: string | null;
}

export interface ViewState {
  /** The view asked for; null: the graph's default (actors when it has several documents). */
  view: ViewName | null;
  hovered: string | null;
  /** A node key, or the key of an actor-network edge (`link:accuses:actor:a→actor:b`). */
  selected: string | null;
  /** The neighbour of the selection that arrow keys have moved to; Enter follows it. */
  cursor: string | null;
  /** The nodes followed so far (the breadcrumb), oldest first; ends with the selection. */
  trail: readonly string[];
  filters: Filters;
  path: PathRequest;
  pathResult: PathResult;
  camera: CameraView | null;
  /** The actor network draws edges of at least this many statements; null: chosen so that the picture stays readable. */
  minStatements: number | null;
  /** The statement table: its order and its own text filter. */
  sort: TableSort;
  tableText: string;
}
