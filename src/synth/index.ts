// Seeded synthetic data, one generator for all of it (random.ts): claim graphs of any size for
// the benchmarks, the tests and the viewer's scale test (claimGraph.ts), and whole news corpora
// with their true statements and expected query answers (corpus/).
export { Random } from './random.ts';
export { syntheticGraph, syntheticStatements, type SyntheticOptions } from './claimGraph.ts';
export * from './corpus/index.ts';
