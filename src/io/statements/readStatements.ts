// Reading statements@1 files from disk, streamed (no size limit): JSON syntax errors with their position, every
// schema and cross-reference problem at once, and the document texts resolved from
// `documents[].text`, `documents[].file` (relative to the statements file) or
// `<id>.txt` beside it. Nothing is returned from an invalid file.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StatementsValidationError } from '../../errors.ts';
import { readTextChunks } from '../files/readChunks.ts';
import { parseJsonChunks } from '../json/readJson.ts';
import { validateStatements, type StatementsFile } from '../../model/index.ts';
import { readTextFile } from '../files/readText.ts';

export interface ReadStatementsOptions {
  /** Put each document's text into `documents[].text` (the graph then carries it). Default true. */
  inlineTexts?: boolean;
  /** Further folders to look for `<id>.txt` or `file` in. */
  articleDirs?: readonly string[];
}

export async function readStatementsFile(path: string, options: ReadStatementsOptions = {}): Promise<StatementsFile> {
  return completeStatements(await parseJsonChunks(readTextChunks(path), path), path, options);
}

/** Parsed statements@1 data read from `path`: texts resolved beside it, then validated. */
export async function completeStatements(
  raw: unknown,
  path: string,
  options: ReadStatementsOptions = {},
): Promise<StatementsFile> {
  const texts = new Map<string, string>();
  const problems: string[] = [];
  const documents = (raw as { documents?: unknown })?.documents;
  if (Array.isArray(documents)) {
    const dirs = [dirname(path), ...(options.articleDirs ?? [])];
    for (const [i, doc] of documents.entries()) {
      const { id, file, text } = (doc ?? {}) as { id?: unknown; file?: unknown; text?: unknown };
      if (typeof id !== 'string' || typeof text === 'string') continue;
      const names = [typeof file === 'string' ? file : undefined, `${id}.txt`].filter((n): n is string => !!n);
      const candidates = dirs.flatMap((dir) => names.map((name) => resolve(dir, name)));
      const found = candidates.find((candidate) => existsSync(candidate));
      if (!found) {
        problems.push(
          `documents[${i}]: no text for document ${JSON.stringify(id)} (looked for ${candidates.join(', ')})`,
        );
        continue;
      }
      try {
        texts.set(id, await readTextFile(found));
      } catch (error) {
        problems.push(`documents[${i}]: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const result = validateStatements(raw, { texts });
  problems.push(...result.problems);
  if (!result.data || problems.length) throw new StatementsValidationError(path, problems);
  if (options.inlineTexts ?? true) {
    for (const doc of result.data.documents) if (doc.text === undefined) doc.text = texts.get(doc.id);
  }
  return result.data;
}
