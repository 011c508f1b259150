// The vocabularies of SPEC.md: actor kinds, stances, node kinds and edge kinds.
// Each union is derived from an `as const` array so that code can both type-check
// against it and enumerate it at run time (validation, legends, filters).

export const ACTOR_KINDS = [
  'state',
  'government',
  'military',
  'armed-group',
  'ngo',
  'media',
  'person',
  'intergovernmental',
  'company',
  'union',
  'political-group',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const STANCES = ['asserts', 'accuses', 'denies', 'rejects'] as const;
export type Stance = (typeof STANCES)[number];

/** Stances that answer an earlier claim (they may carry `responds`). */
export const CONTESTING_STANCES = ['denies', 'rejects'] as const satisfies readonly Stance[];

export const NODE_KINDS = ['document', 'actor', 'claim'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** A document node's optional string attributes (SPEC.md §2), in the order the graph and its files keep them. */
export const DOCUMENT_STRING_FIELDS = [
  'title',
  'dateline',
  'published',
  'url',
  'file',
  'outlet',
  'outletActor',
  'hash',
  'note',
  'text',
] as const;

// `publishes` (outlet actor → claim) and `corroborates` (claim → the first claim of its
// cluster) are corpus extensions, derived from documents[].outletActor and statements[].cluster.
export const RELATION_EDGE_KINDS = [
  'reports',
  'about',
  'targets',
  'responds',
  'memberOf',
  'publishes',
  'corroborates',
] as const;
export type RelationEdgeKind = (typeof RELATION_EDGE_KINDS)[number];

export const EDGE_KINDS = [...STANCES, ...RELATION_EDGE_KINDS] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const isActorKind = (value: unknown): value is ActorKind =>
  typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
export const isStance = (value: unknown): value is Stance =>
  typeof value === 'string' && (STANCES as readonly string[]).includes(value);
export const isEdgeKind = (value: unknown): value is EdgeKind =>
  typeof value === 'string' && (EDGE_KINDS as readonly string[]).includes(value);
export const isNodeKind = (value: unknown): value is NodeKind =>
  typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
