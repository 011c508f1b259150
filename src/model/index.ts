// The claim-graph model: vocabularies, the statements@1 format, the graph type, and the
// two projections between them.
export * from './kinds.ts';
export * from './schema.ts';
export type * from './types.ts';
export * from './keys.ts';
export { buildGraph, createClaimGraph, claimLabel, type NamedStatements } from './build.ts';
export { toStatements, StatementsProjection } from './toStatements.ts';
export { validateStatements, formatPath, show, type ValidateOptions, type ValidationResult } from './validate.ts';
