// claimgraph's extractor: English news text in, statements@1 out (see pipeline.ts).
export { extractArticles, extractDocument, MAX_SENTENCE_TOKENS } from './pipeline.ts';
export type { ArticleInput, ExtractOptions } from './types.ts';
export { buildGazetteer, type Gazetteer, type GazetteerEntry } from './actors/gazetteer.ts';
export { defaultGazetteer, gazetteerEntries } from './actors/defaultGazetteer.ts';
