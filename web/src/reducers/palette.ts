// Colours and sizes of the graph in the viewer. The colours by actor kind, stance and edge
// kind are the library's palette (src/style, shared with the GEXF export), re-exported here
// beside the viewer's own: faded, path and focus colours and node sizes.
export { ACTOR_KIND_COLORS, DOCUMENT_COLOR, EDGE_COLORS, STANCE_COLORS } from '../../../src/style/index.ts';

/** Colour of what the current focus pushes into the background. */
export const FADED_NODE = '#e4e4e4';
export const FADED_EDGE = '#f1f1f1';
export const PATH_EDGE = '#111111';
/** Edges around the focus on large graphs, where nothing fades: dark enough to stand out of the mass. */
export const FOCUS_EDGE = '#3c3c3c';

export const SIZES = {
  document: 9,
  claim: 4,
  actorMin: 9,
  actorMax: 22,
} as const;

/** Actors grow with the number of statements around them, so that the main speakers read first. */
export function actorSize(degree: number): number {
  return Math.min(SIZES.actorMax, SIZES.actorMin + 2.2 * Math.sqrt(degree));
}

/**
 * Sizes shrink as graphs grow (down to 30%), so that a large graph does not draw as one
 * disc of overlapping actors; zooming in still enlarges them.
 */
export function sizeScale(order: number): number {
  return Math.min(1, Math.max(0.3, Math.sqrt(300 / Math.max(order, 1))));
}
