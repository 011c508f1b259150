// Styling for GEXF viewers (Gephi, gephi-lite): node colour by actor kind, claim stance or
// document, node size by degree, edge colour and thickness by edge kind, and a deterministic
// position (the node's own x/y when the graph has a layout, else a point on a circle) so that
// a file opens readable before any layout is run. Colours are CSS rgb() strings, which
// graphology-gexf writes as r/g/b channels, the form every GEXF reader understands.
import type { ActorKind, EdgeKind, Stance } from '../../model/index.ts';

export const ACTOR_COLORS: Record<ActorKind, string> = {
  state: 'rgb(31,119,180)',
  government: 'rgb(23,190,207)',
  military: 'rgb(140,86,75)',
  'armed-group': 'rgb(214,39,40)',
  ngo: 'rgb(44,160,44)',
  media: 'rgb(188,189,34)',
  person: 'rgb(255,127,14)',
  intergovernmental: 'rgb(148,103,189)',
  company: 'rgb(227,119,194)',
  union: 'rgb(152,223,138)',
  'political-group': 'rgb(255,152,150)',
  other: 'rgb(127,127,127)',
};

export const STANCE_COLORS: Record<Stance, string> = {
  asserts: 'rgb(66,133,244)',
  accuses: 'rgb(219,68,55)',
  denies: 'rgb(244,160,0)',
  rejects: 'rgb(142,36,170)',
};

export const DOCUMENT_COLOR = 'rgb(60,60,60)';
export const UNKNOWN_COLOR = 'rgb(180,180,180)';

export const EDGE_COLORS: Record<EdgeKind, string> = {
  ...STANCE_COLORS,
  reports: 'rgb(170,170,170)',
  about: 'rgb(120,144,156)',
  targets: 'rgb(198,40,40)',
  responds: 'rgb(255,111,0)',
  memberOf: 'rgb(96,125,139)',
  publishes: 'rgb(121,85,72)',
  corroborates: 'rgb(0,150,136)',
};

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
