// The one palette of claimgraph, shared by the GEXF export and the viewer so that a graph
// looks the same in Gephi and in the browser. Stances use strong, warm-to-cool hues (the
// claims are what a reader follows); actor kinds use hues picked to stay apart from the
// stance colours; documents are near-black; relation edges are light so that speech acts
// stand out. Each map is a Record over an `as const` union, so a new kind is a type error
// until it is given a colour. Colours are `#rrggbb`; no `node:` imports (runs in the browser).
import type { ActorKind, EdgeKind, Stance } from '../model/kinds.ts';

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

/** A node or edge whose kind is none of the vocabularies' (a hand-edited file, say). */
export const UNKNOWN_COLOR = '#b4b4b4';

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
