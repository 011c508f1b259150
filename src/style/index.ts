// The look shared by every output of claimgraph: colours by actor kind, stance and edge kind.
export { ACTOR_KIND_COLORS, DOCUMENT_COLOR, EDGE_COLORS, STANCE_COLORS, UNKNOWN_COLOR } from './palette.ts';
