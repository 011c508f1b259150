// The provenance queries: each takes (graph, key, options?), checks its arguments (a
// QueryError naming the query and the bad value) and returns plain, JSON-ready data.
export { statementsBy, type StatementsByOptions } from './statementsBy.ts';
export { statementsAbout, type StatementsAboutOptions } from './statementsAbout.ts';
export { accusationsAgainst, type AccusationsAgainstOptions } from './accusationsAgainst.ts';
export { triples, TRIPLE_ROLES, type TripleRole, type TriplesOptions } from './triples.ts';
export { contested, type ContestedOptions, type ContestingStance } from './contested.ts';
export { responseChain, type ResponseChainOptions } from './responseChain.ts';
export { provenance } from './provenance.ts';
export { statementsInDocument } from './statementsInDocument.ts';
export { reach, REACH_DEFAULTS, type ReachOptions } from './reach.ts';
export { shortestPath, type ShortestPathOptions } from './shortestPath.ts';
export { resolveNode, resolveActor, resolveClaim, type ResolveOptions } from './resolve.ts';
export { documentOrder, sortInDocumentOrder } from './order.ts';
export { DIRECTIONS } from './types.ts';
export type * from './types.ts';
export { statementTable, type StatementRow } from './statementTable.ts';
export { statementsOf } from './statementsOf.ts';
