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
// labels, at the cost of a full re-index.) A hover or a selection changes the labels of a few
// nodes only (a claim of the focus is labelled while it lasts): updateLabelGrid moves just
// those nodes in or out of the grid.
import { Camera, type Sigma } from 'sigma';
import type { Coordinates, Dimensions, NodeDisplayData } from 'sigma/types';
import { matrixFromCamera } from 'sigma/utils';

/** The parts of sigma's private LabelGrid and node cache used here. */
interface Internals {
  labelGrid?: {
    resizeAndClear?: (dimensions: Dimensions, cellSize: number) => void;
    add?: (key: string, size: number, position: Coordinates) => void;
    organize?: () => void;
    cells?: Record<string, { key: string }[]>;
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
  resizeAndClear.call(grid, renderer.getDimensions(), renderer.getSetting('labelGridCellSize'));
  const place = placer(renderer, cache, (node, size, position) => add.call(grid, node, size, position));
  renderer.getGraph().forEachNode(place);
  organize.call(grid);
  return true;
}

/**
 * Brings the grid up to date for `nodes` alone, whose labels (or hiding) a partial refresh
 * changed: each leaves the grid and comes back if it is labelled and shown, and the cells are
 * put back in sigma's order. The result is the grid a full rebuild would give, as long as no
 * node moved and the canvas kept its size (both make sigma process the whole graph anyway).
 * Returns false when sigma's internals were not found and a full process was scheduled instead.
 */
export function updateLabelGrid(renderer: Sigma, nodes: Iterable<string>): boolean {
  const { labelGrid: grid, nodeDataCache: cache } = renderer as unknown as Internals;
  const { add, organize, cells } = grid ?? {};
  if (!grid || !cache || typeof cache !== 'object' || !add || !organize || !cells || typeof cells !== 'object') {
    renderer.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
    return false;
  }
  const changed = new Set(nodes);
  if (!changed.size) return true;
  for (const index of Object.keys(cells)) {
    const kept = cells[index]!.filter((candidate) => !changed.has(candidate.key));
    if (kept.length === cells[index]!.length) continue;
    if (kept.length) cells[index] = kept;
    else delete cells[index];
  }
  const place = placer(renderer, cache, (node, size, position) => add.call(grid, node, size, position));
  for (const node of changed) place(node);
  // Each cell is sorted already but for the nodes added: sorting is close to a single pass.
  organize.call(grid);
  return true;
}

/** Adds a node to the grid where sigma's process step would, if it is labelled and shown. */
function placer(
  renderer: Sigma,
  cache: NonNullable<Internals['nodeDataCache']>,
  add: (node: string, size: number, position: Coordinates) => void,
): (node: string) => void {
  // Sigma places grid candidates as the graph appears through a camera at rest, whatever the current camera.
  const matrix = matrixFromCamera(
    new Camera().getState(),
    renderer.getDimensions(),
    renderer.getGraphDimensions(),
    renderer.getStagePadding(),
  );
  return (node) => {
    const data = cache[node];
    if (data && typeof data.label === 'string' && !data.hidden)
      add(node, data.size, renderer.framedGraphToViewport(data, { matrix }));
  };
}
