// The graph a fresh page shows: the curated Aleppo annotation with its article, bundled at
// build time (JSON import and `?raw` text), built by the library's buildGraph.
import annotation from '../../../graph/annotations/aleppo-2016.json';
import articleText from '../../../graph/articles/aleppo-2016.txt?raw';
import { buildGraph, type ClaimGraph, type StatementsFile } from '../../../src/model/index.ts';

export const DEFAULT_SOURCE = 'graph/annotations/aleppo-2016.json';

export function defaultGraph(): ClaimGraph {
  const data = structuredClone(annotation) as unknown as StatementsFile;
  for (const doc of data.documents) if (doc.id === 'aleppo-2016') doc.text = articleText;
  return buildGraph([{ source: DEFAULT_SOURCE, data }]);
}
