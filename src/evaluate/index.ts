// Scoring extracted statements against gold (the reference scorer's rules, in TypeScript).
export { scoreStatements, mergeGold, formatReport, spanF1, normName, prf, MODES } from './score.ts';
export type { ScoreInput, ScoreReport, ScoredStatement, ScoredActor, Counts, PRF, Mode } from './score.ts';
