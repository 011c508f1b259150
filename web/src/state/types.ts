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
  hovered: string | null;
  selected: string | null;
  /** The neighbour of the selection that arrow keys have moved to; Enter follows it. */
  cursor: string | null;
  /** The nodes followed so far (the breadcrumb), oldest first; ends with the selection. */
  trail: readonly string[];
  filters: Filters;
  path: PathRequest;
  pathResult: PathResult;
  camera: CameraView | null;
}
