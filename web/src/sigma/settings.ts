// Renderer settings, tuned by graph size: labels of small nodes (claims) appear only when
// zoomed in, the label grid keeps labels from piling up (larger nodes, the actors, win a
// cell first), and on large graphs edges and labels hide while the camera moves and edges
// are drawn as plain 1-pixel lines: arrows cost several triangles per edge, which software
// GL (headless Chromium, machines without a GPU) cannot draw by the hundred thousand. Nodes
// there are drawn as points (one vertex each, a disc in the fragment shader) instead of sigma's
// instanced triangles: software GL spent most of a frame of 114,000 nodes on those (measured:
// the frame's block about 4x shorter), and on screen the discs look the same.
import type { Settings } from 'sigma/settings';

/** Pixels kept free around the graph. */
export const STAGE_PADDING = 40;

/**
 * The camera a graph is first shown with: zoomed out a little and shifted so that the labels
 * of the rightmost nodes (drawn to the right of them) stay inside the canvas.
 */
export const HOME_CAMERA = { x: 0.6, y: 0.5, ratio: 1.3, angle: 0 };

/** From this many nodes on, the viewer trades detail for speed. */
export const LARGE_GRAPH = 5000;

export function rendererSettings(order: number): Partial<Settings> {
  const large = order >= LARGE_GRAPH;
  return {
    defaultEdgeType: large ? 'line' : 'arrow',
    defaultNodeType: large ? 'point' : 'circle',
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    zIndex: true,
    labelFont: '"DejaVu Sans", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1d1d1d' },
    labelDensity: large ? 0.35 : 0.9,
    labelGridCellSize: large ? 140 : 110,
    labelRenderedSizeThreshold: large ? 5 : 7,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    minEdgeThickness: 1,
    stagePadding: STAGE_PADDING,
  };
}
