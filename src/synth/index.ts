// Seeded synthetic data for benchmarks, tests and the viewer's scale test.
export { syntheticGraph, syntheticStatements, type SyntheticOptions } from './claimGraph.ts';
export { seededRandom } from './random.ts';
