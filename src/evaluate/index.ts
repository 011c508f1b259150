// Scoring extracted statements against gold (the reference scorer's rules, in TypeScript).
export { scoreStatements, mergeGold, formatReport, spanF1, normName, prf, MODES } from './score.ts';
export type { ScoreInput, ScoreReport, ScoredStatement, ScoredActor, Counts, PRF, Mode } from './score.ts';
export { scoreAttributions, formatAttributionReport, ATTRIBUTION_FORMAT, SUBSETS } from './attributions.ts';
export type {
  AttributionGold,
  AttributionReport,
  AttributionSummary,
  GoldAttribution,
  GoldSpan,
  Outcome,
  Subset,
  SystemStatements,
} from './attributions.ts';
export { goldNames, nameMeets, normSpeakerName, speakerRight, type GoldName } from './speakerNames.ts';
export { reliabilityTable, formatReliability, CONFIDENCE_BANDS, type ReliabilityRow } from './reliability.ts';
