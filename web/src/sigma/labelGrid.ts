// Sigma's label grid brought up to date after partial refreshes. Sigma 3.0 picks the node
// labels it draws from a grid (the largest labelled nodes of each cell first) that it fills
// only in its process step, on a full refresh; a partial refresh with skipIndexation (how a
// filter change on a large graph is redrawn, ./partialRefresh.ts) leaves the grid as it was.
// A node a filter shows was then missing from the grid and had no label, and a cell whose
// labelled node a filter hid showed no label, until the next full refresh, which re-indexes
// every node and edge (seconds at 100,000 nodes). This refills the grid alone, as the
// process step does (same nodes, order and positions), from the display data the partial
// refreshes left. (The grid and the display data are private fields of sigma's; if they
// change, the renderer is asked to process everything at its next frame instead: the right
// labels, at the cost of a full re-index.)
import { Camera, type Sigma } from 'sigma';
import type { Coordinates, Dimensions, NodeDisplayData } from 'sigma/types';
import { matrixFromCamera } from 'sigma/utils';

/** The parts of sigma's private LabelGrid and node cache used here. */
interface Internals {
  labelGrid?: {
    resizeAndClear?: (dimensions: Dimensions, cellSize: number) => void;
    add?: (key: string, size: number, position: Coordinates) => void;
    organize?: () => void;
  };
  nodeDataCache?: Record<string, NodeDisplayData | undefined>;
}

/**
 * Refills the renderer's label grid from its current display data; call it after the last
 * partial refresh of a change and before the frame that draws it. Returns false when sigma's
 * internals were not found and a full process was scheduled instead.
 */
export function rebuildLabelGrid(renderer: Sigma): boolean {
  const { labelGrid: grid, nodeDataCache: cache } = renderer as unknown as Internals;
  const { resizeAndClear, add, organize } = grid ?? {};
  if (!grid || !cache || typeof cache !== 'object' || !resizeAndClear || !add || !organize) {
    // A partial refresh that does not skip indexation makes sigma process the whole graph.
    renderer.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
    return false;
  }
  const dimensions = renderer.getDimensions();
  // Sigma places grid candidates as the graph appears through a camera at rest, whatever the current camera.
  const matrix = matrixFromCamera(
    new Camera().getState(),
    dimensions,
    renderer.getGraphDimensions(),
    renderer.getStagePadding(),
  );
  resizeAndClear.call(grid, dimensions, renderer.getSetting('labelGridCellSize'));
  renderer.getGraph().forEachNode((node) => {
    const data = cache[node];
    if (data && typeof data.label === 'string' && !data.hidden)
      add.call(grid, node, data.size, renderer.framedGraphToViewport(data, { matrix }));
  });
  organize.call(grid);
  return true;
}
