// Colours and sizes of the graph at rest. Stances use strong, warm-to-cool hues (the claims
// are what a reader follows); actor kinds use hues picked to stay apart from the stance
// colours; documents are near-black. Relation edges are light so that speech acts stand out.
import type { ActorKind, EdgeKind, Stance } from '../../../src/model/index.ts';

export const STANCE_COLORS: Record<Stance, string> = {
  asserts: '#2b6cd6',
  accuses: '#d62728',
  denies: '#f08a00',
  rejects: '#8e44ad',
};

export const ACTOR_KIND_COLORS: Record<ActorKind, string> = {
  state: '#1b9e77',
  government: '#5e9e2a',
  military: '#6d6b1e',
  'armed-group': '#9b5b26',
  ngo: '#e377c2',
  media: '#17a2b8',
  person: '#d9a400',
  intergovernmental: '#4b5fa8',
  company: '#8c564b',
  union: '#a8a83a',
  'political-group': '#ff8fa0',
  other: '#8d8d8d',
};

export const DOCUMENT_COLOR = '#333333';

export const EDGE_COLORS: Record<EdgeKind, string> = {
  ...STANCE_COLORS,
  reports: '#e2e2e2',
  about: '#b9c2cc',
  targets: '#f1a7a7',
  responds: '#1f1f1f',
  memberOf: '#c9a66b',
  publishes: '#9a9a9a',
  corroborates: '#3aa655',
};

/** Colour of what the current focus pushes into the background. */
export const FADED_NODE = '#e4e4e4';
export const FADED_EDGE = '#f1f1f1';
export const PATH_EDGE = '#111111';
/** Edges around the focus on large graphs, where nothing fades: dark enough to stand out of the mass. */
export const FOCUS_EDGE = '#3c3c3c';

export const SIZES = {
  document: 9,
  claim: 4,
  actorMin: 9,
  actorMax: 22,
} as const;

/** Actors grow with the number of statements around them, so that the main speakers read first. */
export function actorSize(degree: number): number {
  return Math.min(SIZES.actorMax, SIZES.actorMin + 2.2 * Math.sqrt(degree));
}

/**
 * Sizes shrink as graphs grow (down to 30%), so that a large graph does not draw as one
 * disc of overlapping actors; zooming in still enlarges them.
 */
export function sizeScale(order: number): number {
  return Math.min(1, Math.max(0.3, Math.sqrt(300 / Math.max(order, 1))));
}
