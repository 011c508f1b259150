// Renderer settings, tuned by graph size: labels of small nodes (claims) appear only when
// zoomed in, the label grid keeps labels from piling up (larger nodes, the actors, win a
// cell first), and on large graphs edges and labels hide while the camera moves and edges
// are drawn as plain 1-pixel lines: arrows cost several triangles per edge, which software
// GL (headless Chromium, machines without a GPU) cannot draw by the hundred thousand.
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';

/** From this many nodes on, the viewer trades detail for speed. */
export const LARGE_GRAPH = 5000;

export function rendererSettings(order: number): Partial<Settings> {
  const large = order >= LARGE_GRAPH;
  return {
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram },
    defaultEdgeType: large ? 'line' : 'arrow',
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    zIndex: true,
    labelFont: '"DejaVu Sans", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1d1d1d' },
    labelDensity: large ? 0.35 : 0.9,
    labelGridCellSize: large ? 140 : 90,
    labelRenderedSizeThreshold: large ? 5 : 7,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    minEdgeThickness: 1,
    stagePadding: 40,
  };
}
