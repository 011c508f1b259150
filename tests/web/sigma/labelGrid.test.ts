// The label grid refilled after partial refreshes: the nodes sigma's process step would put in
// it (labelled, not hidden), in graph order, where a camera at rest shows them; brought up to
// date for a few nodes, the same grid as refilled whole; and, when sigma's private fields are
// not where they were, a full process asked for instead.
import Graph from 'graphology';
import type Sigma from 'sigma';
import { describe, expect, it, vi } from 'vitest';

// Sigma's entry module reads WebGL constants as it loads; nothing here draws.
vi.stubGlobal('WebGL2RenderingContext', class {});
vi.stubGlobal('WebGLRenderingContext', class {});
const { rebuildLabelGrid, updateLabelGrid } = await import('../../../web/src/sigma/labelGrid.ts');

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

type Display = Record<string, { label?: string | null; hidden?: boolean; size: number; x: number }>;

/** A renderer whose grid works as sigma's does: cells of 140 px by x, each sorted by size (larger first), then key. */
function gridRenderer(display: Display) {
  const { renderer } = fakeRenderer(display);
  const grid = {
    cells: {} as Record<string, { key: string; size: number }[]>,
    resizeAndClear() {
      grid.cells = {};
    },
    add(key: string, size: number, position: { x: number }) {
      (grid.cells[Math.floor(position.x / 140)] ??= []).push({ key, size });
    },
    organize() {
      for (const cell of Object.values(grid.cells)) cell.sort((a, b) => b.size - a.size || (a.key > b.key ? 1 : -1));
    },
  };
  return { renderer: { ...renderer, labelGrid: grid, refresh: () => undefined }, grid };
}

describe('updateLabelGrid', () => {
  const before: Display = {
    actor: { label: 'Actor', size: 12, x: 1 },
    claim: { label: null, size: 4, x: 1.2 },
    other: { label: 'Other', size: 6, x: 1.1 },
    far: { label: 'Far', size: 8, x: 5 },
    gone: { label: 'Gone', size: 9, x: 5.1 },
  };
  // A selection labels the claim; the filters hide another node; the actor is redrawn unchanged.
  const after: Display = {
    ...before,
    claim: { label: 'A claim', size: 4, x: 1.2 },
    gone: { ...before.gone!, hidden: true },
  };

  it('gives the grid a full rebuild gives, moving only the nodes named', () => {
    const updated = gridRenderer(structuredClone(before));
    rebuildLabelGrid(updated.renderer as unknown as Sigma);
    expect(updated.grid.cells).toEqual({
      '0': [
        { key: 'actor', size: 12 },
        { key: 'other', size: 6 },
      ],
      '3': [
        { key: 'gone', size: 9 },
        { key: 'far', size: 8 },
      ],
    });
    Object.assign(updated.renderer.nodeDataCache, structuredClone(after));
    expect(updateLabelGrid(updated.renderer as unknown as Sigma, ['claim', 'gone', 'actor'])).toBe(true);
    const rebuilt = gridRenderer(structuredClone(after));
    rebuildLabelGrid(rebuilt.renderer as unknown as Sigma);
    expect(updated.grid.cells).toEqual(rebuilt.grid.cells);
    expect(updated.grid.cells['0']!.map((c) => c.key)).toEqual(['actor', 'other', 'claim']);

    // And back: the claim loses its label, the hidden node is shown again.
    Object.assign(updated.renderer.nodeDataCache, structuredClone(before));
    updateLabelGrid(updated.renderer as unknown as Sigma, new Set(['claim', 'gone']));
    const again = gridRenderer(structuredClone(before));
    rebuildLabelGrid(again.renderer as unknown as Sigma);
    expect(updated.grid.cells).toEqual(again.grid.cells);
  });

  it('leaves the grid alone for no nodes, and asks for a full process when its cells are not found', () => {
    const { renderer, grid } = gridRenderer(structuredClone(before));
    rebuildLabelGrid(renderer as unknown as Sigma);
    const cells = grid.cells;
    expect(updateLabelGrid(renderer as unknown as Sigma, [])).toBe(true);
    expect(grid.cells).toBe(cells);
    const { renderer: fake, calls } = fakeRenderer({ shown: { label: 'Shown', size: 10, x: 1 } });
    expect(updateLabelGrid(fake as unknown as Sigma, ['shown'])).toBe(false);
    expect(calls).toEqual([{ name: 'refresh', args: [{ partialGraph: { nodes: [], edges: [] }, schedule: true }] }]);
  });
});
