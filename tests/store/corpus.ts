// The corpora the store tests share: the curated Aleppo article's statements and a small
// generated corpus extracted by the real extractor, as per-document results (what ingest hands
// a sink), and the same corpus assembled in memory.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assembleCorpus, type DocResult } from '../../src/corpus/assemble.ts';
import { extractBatch, splitByDocument } from '../../src/corpus/ingest/documents.ts';
import { contentHash } from '../../src/corpus/ingest/hash.ts';
import { extractArticles, gazetteerEntries } from '../../src/extract/index.ts';
import { buildGraph, type ClaimGraph, type StatementsFile } from '../../src/model/index.ts';
import { generateCorpus } from '../../src/synth/index.ts';
import { REPO } from '../support/cli.ts';

export const gazetteer = gazetteerEntries();

export async function aleppoResults(): Promise<DocResult[]> {
  const data = JSON.parse(await readFile(join(REPO, 'graph/annotations/aleppo-2016.json'), 'utf8')) as StatementsFile;
  const text = await readFile(join(REPO, 'graph/articles/aleppo-2016.txt'), 'utf8');
  return [...splitByDocument(data).values()].map((result) => ({
    ...result,
    document: { ...result.document, text, hash: `sha256:aleppo-${text.length}` },
  }));
}

export function syntheticResults(articles: number, seed = 11): DocResult[] {
  const corpus = generateCorpus({ articles, gazetteer, seed });
  const batch = extractBatch(extractArticles as never, corpus.articles);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  for (const result of batch.results)
    result.document.hash = contentHash(byId.get(result.document.id) as (typeof corpus.articles)[number]);
  return batch.results;
}

export function assembledGraph(results: readonly DocResult[]): ClaimGraph {
  return buildGraph(assembleCorpus(structuredClone(results), { gazetteer }).statements);
}

/** Shuffled (seeded) and cut into batches of `size`. */
export function batches<T>(items: readonly T[], size: number, seed: number): T[][] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const list = items
    .map((item) => ({ item, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
