// Styling for GEXF viewers (Gephi, gephi-lite): node colour by actor kind, claim stance or
// document, node size by degree, edge colour and thickness by edge kind, and a deterministic
// position (the node's own x/y when the graph has a layout, else a point on a circle) so that
// a file opens readable before any layout is run. The colours are the shared palette
// (src/style) as CSS rgb() strings, which graphology-gexf writes as r/g/b channels, the form
// every GEXF reader understands (a #hex colour would become GEXF 1.3's rarer `hex` attribute).
import type { ActorKind, EdgeKind, Stance } from '../../model/index.ts';
import * as palette from '../../style/index.ts';

/** `#rrggbb` as `rgb(r,g,b)`. */
export function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

const toRgb = <K extends string>(colors: Record<K, string>): Record<K, string> =>
  Object.fromEntries(Object.entries<string>(colors).map(([key, hex]) => [key, hexToRgb(hex)])) as Record<K, string>;

export const ACTOR_COLORS: Record<ActorKind, string> = toRgb(palette.ACTOR_KIND_COLORS);
export const STANCE_COLORS: Record<Stance, string> = toRgb(palette.STANCE_COLORS);
export const EDGE_COLORS: Record<EdgeKind, string> = toRgb(palette.EDGE_COLORS);
export const DOCUMENT_COLOR = hexToRgb(palette.DOCUMENT_COLOR);
export const UNKNOWN_COLOR = hexToRgb(palette.UNKNOWN_COLOR);

export function edgeThickness(kind: string): number {
  return kind in STANCE_COLORS ? 2 : 1;
}

export function nodeSize(kind: string, degree: number): number {
  const base = kind === 'document' ? 12 : kind === 'actor' ? 6 : 4;
  return Math.round((base + Math.sqrt(degree)) * 100) / 100;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The position of the index-th of `count` nodes, or the node's own finite x/y. */
export function nodePosition(index: number, count: number, x: unknown, y: unknown): { x: number; y: number } {
  if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) return { x, y };
  const radius = 100 * Math.sqrt(Math.max(count, 1));
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  return { x: round2(radius * Math.cos(angle)), y: round2(radius * Math.sin(angle)) };
}
