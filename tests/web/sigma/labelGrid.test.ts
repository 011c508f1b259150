// The label grid refilled after partial refreshes: the nodes sigma's process step would put in
// it (labelled, not hidden), in graph order, where a camera at rest shows them; and, when
// sigma's private fields are not where they were, a full process asked for instead.
import Graph from 'graphology';
import type Sigma from 'sigma';
import { describe, expect, it, vi } from 'vitest';

// Sigma's entry module reads WebGL constants as it loads; nothing here draws.
vi.stubGlobal('WebGL2RenderingContext', class {});
vi.stubGlobal('WebGLRenderingContext', class {});
const { rebuildLabelGrid } = await import('../../../web/src/sigma/labelGrid.ts');

interface Call {
  name: string;
  args: unknown[];
}

/** A stand-in for the renderer: its display data, a grid that records calls, and the public methods used. */
function fakeRenderer(display: Record<string, { label?: string | null; hidden?: boolean; size: number; x: number }>) {
  const calls: Call[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push({ name, args });
  const graph = new Graph();
  for (const node of Object.keys(display)) graph.addNode(node);
  const renderer = {
    labelGrid: { resizeAndClear: record('resizeAndClear'), add: record('add'), organize: record('organize') },
    nodeDataCache: display,
    getDimensions: () => ({ width: 800, height: 600 }),
    getGraphDimensions: () => ({ width: 1, height: 1 }),
    getStagePadding: () => 40,
    getSetting: (key: string) => (key === 'labelGridCellSize' ? 140 : undefined),
    getGraph: () => graph,
    framedGraphToViewport: (data: { x: number }, override: { matrix?: unknown }) => {
      expect(override.matrix).toBeInstanceOf(Float32Array);
      return { x: data.x * 100, y: 0 };
    },
    refresh: record('refresh'),
  };
  return { renderer, calls };
}

describe('rebuildLabelGrid', () => {
  it('puts the labelled, shown nodes in the grid in graph order, then sorts its cells', () => {
    const { renderer, calls } = fakeRenderer({
      shown: { label: 'Shown', size: 10, x: 1 },
      hidden: { label: 'Hidden', size: 12, hidden: true, x: 2 },
      unlabelled: { label: null, size: 14, x: 3 },
      again: { label: 'Shown again', size: 8, x: 4 },
    });
    expect(rebuildLabelGrid(renderer as unknown as Sigma)).toBe(true);
    expect(calls).toEqual([
      { name: 'resizeAndClear', args: [{ width: 800, height: 600 }, 140] },
      { name: 'add', args: ['shown', 10, { x: 100, y: 0 }] },
      { name: 'add', args: ['again', 8, { x: 400, y: 0 }] },
      { name: 'organize', args: [] },
    ]);
  });

  it("asks for a full process when sigma's grid is not where it was", () => {
    const { renderer, calls } = fakeRenderer({ shown: { label: 'Shown', size: 10, x: 1 } });
    const changed = { ...renderer, labelGrid: { resizeAndClear: renderer.labelGrid.resizeAndClear } };
    expect(rebuildLabelGrid(changed as unknown as Sigma)).toBe(false);
    expect(calls).toEqual([{ name: 'refresh', args: [{ partialGraph: { nodes: [], edges: [] }, schedule: true }] }]);
    const noCache = { ...renderer, nodeDataCache: undefined };
    calls.length = 0;
    expect(rebuildLabelGrid(noCache as unknown as Sigma)).toBe(false);
    expect(calls.map((call) => call.name)).toEqual(['refresh']);
  });
});
