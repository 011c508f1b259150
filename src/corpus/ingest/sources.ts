// Corpus sources: a directory of .txt files, a JSONL file (one article per line: id, text,
// optional title, published, url, outlet) or individual files. Yields articles and, for each
// input that cannot be used, a problem naming the file and line; never throws for one bad input.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { ArticleInput } from '../../extract/types.ts';
import { describeFsError, formatBytes, readTextFile } from '../../io/files/readText.ts';
import type { IngestProblem } from './problems.ts';

export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export type SourceItem = { article: ArticleInput; where: string } | { problem: IngestProblem };

const JsonlArticle = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  dateline: z.string().optional(),
});

export async function* readSources(
  paths: readonly string[],
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (cause) {
      yield { problem: { where: path, reason: 'unreadable', message: describeFsError(cause) } };
      continue;
    }
    if (info.isDirectory()) {
      const files = (await readdir(path)).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
      for (const file of files) yield await readArticleFile(join(path, file), maxBytes);
    } else if (path.toLowerCase().endsWith('.jsonl')) yield* readJsonl(path, maxBytes);
    else yield await readArticleFile(path, maxBytes);
  }
}

async function readArticleFile(path: string, maxBytes: number): Promise<SourceItem> {
  let text: string;
  try {
    const size = (await stat(path)).size;
    if (size > maxBytes)
      return {
        problem: {
          where: path,
          reason: 'too-large',
          message: `${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}`,
        },
      };
    text = await readTextFile(path);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.replace(/^.*?: (?:.*?: )?/, '') : String(cause);
    return { problem: { where: path, reason: 'unreadable', message } };
  }
  if (!text.trim())
    return { problem: { where: path, reason: 'empty', message: text.length ? 'only white space' : '0 bytes' } };
  return { article: { id: basename(path, extname(path)), text, file: basename(path) }, where: path };
}

async function* readJsonl(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      const where = `${path}:${n}`;
      if (!line.trim()) continue;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (cause) {
        yield {
          problem: {
            where,
            reason: 'malformed-line',
            message: `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
          },
        };
        continue;
      }
      const parsed = JsonlArticle.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        yield {
          problem: {
            where,
            reason: 'malformed-line',
            message: `${issue?.path.join('.') || 'line'}: ${issue?.message}`,
          },
        };
        continue;
      }
      const article = parsed.data;
      const bytes = Buffer.byteLength(article.text);
      if (bytes > maxBytes) {
        yield {
          problem: {
            where,
            reason: 'too-large',
            message: `article ${JSON.stringify(article.id)} is ${formatBytes(bytes)}, over the limit of ${formatBytes(maxBytes)}`,
          },
        };
      } else if (!article.text.trim()) {
        yield { problem: { where, reason: 'empty', message: `article ${JSON.stringify(article.id)} has no text` } };
      } else yield { article, where };
    }
  } catch (cause) {
    yield { problem: { where: `${path}:${n + 1}`, reason: 'unreadable', message: describeFsError(cause) } };
  }
}
