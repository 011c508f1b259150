// Starting positions for a graph that has none: a seeded pseudo-random disc, so that the
// same file always starts (and, with the same layout run, ends) in the same place.
import type Graph from 'graphology';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gives every node without finite x and y a position; returns how many it placed. */
export function seedPositions(graph: Graph, seed = 1): number {
  const random = mulberry32(seed);
  const radius = Math.sqrt(graph.order) * 10;
  let placed = 0;
  graph.updateEachNodeAttributes((_node, attrs) => {
    const { x, y } = attrs as { x?: unknown; y?: unknown };
    if (Number.isFinite(x) && Number.isFinite(y)) return attrs;
    placed++;
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    return { ...attrs, x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
  return placed;
}

export function hasPositions(graph: Graph): boolean {
  return (
    graph.order > 0 &&
    graph.everyNode((_node, attrs) => {
      const { x, y } = attrs as { x?: unknown; y?: unknown };
      return Number.isFinite(x) && Number.isFinite(y);
    })
  );
}
