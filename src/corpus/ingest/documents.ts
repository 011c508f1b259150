// Between statement sets and per-document results: a batch's statements@1 (or a previous
// output's) split into one DocResult per document, each carrying only the actors its
// statements name (and their memberOf parents) and checked on its own, so that one bad
// extraction costs one document, not the corpus.
import { STATEMENTS_FORMAT } from '../../model/format.ts';
import type { ActorRecord, DocumentRecord, StatementRecord, StatementsFile } from '../../model/schema.ts';
import { validateStatements } from '../../model/validate.ts';
import type { ArticleInput } from '../../extract/types.ts';
import type { DocResult } from '../assemble.ts';

/** What a batch gives: a checked result per article, or the first problem of its statements. */
export interface BatchResult {
  results: DocResult[];
  invalid: { doc: string; problem: string }[];
}

/**
 * Extracts a batch and splits and checks it per article. Runs in the worker, so that the
 * main thread, which every worker reports to, has only the cache and the progress to do.
 * Each article is extracted on its own (its own actor registry), so that what a document
 * gives never depends on which documents shared its batch: a re-run with another --batch, or
 * several ingest processes writing to one store, give the same corpus.
 */
export function extractBatch(
  extract: (articles: readonly ArticleInput[]) => StatementsFile,
  articles: readonly ArticleInput[],
): BatchResult {
  const batch: BatchResult = { results: [], invalid: [] };
  for (const article of articles) {
    const result = splitByDocument(extract([article])).get(article.id) ?? {
      document: { id: article.id },
      actors: [],
      statements: [],
    };
    result.document = { ...result.document, ...metadata(article), text: article.text };
    const problems = checkDocResult(result);
    if (problems.length) batch.invalid.push({ doc: article.id, problem: problems[0] as string });
    else batch.results.push(result);
  }
  return batch;
}

function metadata(article: ArticleInput): Partial<DocumentRecord> {
  const out: Partial<DocumentRecord> = {};
  for (const field of ['title', 'published', 'url', 'outlet', 'dateline', 'file'] as const) {
    const value = article[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

export function splitByDocument(file: StatementsFile): Map<string, DocResult> {
  const actors = new Map(file.actors.map((a) => [a.id, a]));
  const byDoc = new Map<string, StatementRecord[]>();
  for (const st of file.statements) {
    const list = byDoc.get(st.doc);
    if (list) list.push(st);
    else byDoc.set(st.doc, [st]);
  }
  const results = new Map<string, DocResult>();
  for (const document of file.documents) {
    const statements = byDoc.get(document.id) ?? [];
    results.set(document.id, { document: { ...document }, actors: actorsOf(statements, actors), statements });
  }
  return results;
}

function actorsOf(statements: readonly StatementRecord[], all: ReadonlyMap<string, ActorRecord>): ActorRecord[] {
  const wanted = new Map<string, ActorRecord>();
  const add = (id: string | undefined) => {
    while (id !== undefined && !wanted.has(id)) {
      const actor = all.get(id);
      if (!actor) return;
      wanted.set(id, actor);
      id = actor.memberOf;
    }
  };
  for (const st of statements) [st.speaker, ...st.targets, ...st.about].forEach(add);
  return [...wanted.values()];
}

/** The problems of one document's result, spans checked against its text; empty when it is sound. */
export function checkDocResult(result: DocResult): string[] {
  const document: DocumentRecord = result.document;
  return validateStatements({
    format: STATEMENTS_FORMAT,
    documents: [document],
    actors: result.actors,
    statements: result.statements,
  }).problems;
}
