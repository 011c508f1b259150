// The synthetic corpus generator: articles from templates over the gazetteer, with their
// true statements and the answers the corpus queries must give.
export { generateCorpus, type SynthArticle, type SynthCorpus, type SynthOptions } from './generate.ts';
export type { SynthTruth, TruthAccusation, TruthCluster, TruthPositionChange } from './truth.ts';
export { checkAnswers, compareAnswers, type AnswerCheck, type AnswersCheck, type FoundAnswers } from './check.ts';
