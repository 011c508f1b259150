// GEXF viz data: the shared style (src/io/flat/style.ts) with colours as CSS rgb() strings,
// which graphology-gexf writes as r/g/b channels, the form every GEXF reader understands (a
// #hex colour would become GEXF 1.3's rarer `hex` attribute, unknown to GEXF 1.2 readers).
import type { ClaimGraph, EdgeAttributes, NodeAttributes } from '../../model/index.ts';
import { edgeColor, edgeWeight, nodeStyle } from '../flat/style.ts';

export interface Viz {
  color?: string;
  size?: number;
  x?: number;
  y?: number;
  z?: number;
  thickness?: number;
}

/** `#rrggbb` as `rgb(r,g,b)`. */
export function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

// a graph uses a handful of colours: converted once each
const rgbCache = new Map<string, string>();
function rgb(hex: string): string {
  let out = rgbCache.get(hex);
  if (out === undefined) rgbCache.set(hex, (out = hexToRgb(hex)));
  return out;
}

/**
 * A node's viz data: colour by kind, size by degree, position by rank (or its own x/y).
 * GEXF 1.2 requires z on a position.
 */
export function nodeViz(graph: ClaimGraph, key: string, attrs: NodeAttributes, index: number, withZ: boolean): Viz {
  const style = nodeStyle(graph, key, attrs, index);
  const viz: Viz = { color: rgb(style.color), size: style.size, x: style.x, y: style.y };
  if (withZ) viz.z = 0;
  return viz;
}

export function edgeViz(attrs: EdgeAttributes): Viz {
  return { color: rgb(edgeColor(attrs.kind)), thickness: edgeWeight(attrs.kind) };
}
