// Corpus sources: a directory of .txt files, a JSONL file (one article per line: id, text,
// optional title, published, url, outlet) or individual files. Yields articles and, for each
// input that cannot be used, a problem naming the file and line; never throws for one bad input.
// Memory is bounded whatever the input: files are read up to the article limit and no further
// (a device, a pipe, a growing file), JSONL lines longer than the limit are skipped unread, and
// a directory yields only its regular files and links that stay inside it.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, sep } from 'node:path';
import { z } from 'zod';
import { InputError, InputTooLargeError } from '../../errors.ts';
import type { ArticleInput } from '../../extract/types.ts';
import { decodeText } from '../../io/files/decodeText.ts';
import { readLines } from '../../io/files/lines.ts';
import { describeFsError, formatBytes, notReadable, readTextFile } from '../../io/files/readText.ts';
import type { IngestProblem, SkipReason } from './problems.ts';

export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** Where an article was read: `where` as reports name it (placeName), and its file and line (JSONL) apart. */
export type SourceItem =
  { article: ArticleInput; where: string; file: string; line?: number } | { problem: IngestProblem };

/** How reports name where an article was read: `file`, or `file:line` in a JSONL file. */
export const placeName = (file: string, line?: number): string => (line === undefined ? file : `${file}:${line}`);

const JsonlArticle = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  dateline: z.string().optional(),
});

/** JSON escapes make a line longer than its text (`\n` is 2 bytes, a control character 6). */
const jsonlLineLimit = (maxBytes: number) => 6 * maxBytes + (1 << 20);

const problem = (where: string, reason: SkipReason, message: string): SourceItem => ({
  problem: { where, reason, message },
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
      yield problem(path, 'unreadable', describeFsError(cause));
      continue;
    }
    if (info.isFIFO()) {
      yield problem(
        path,
        'not-a-file',
        'is a pipe: ingest reads its sources twice (what changed, then extraction); save it to a file first',
      );
      continue;
    }
    if (info.isDirectory()) yield* readDirectory(path, maxBytes);
    else if (path.toLowerCase().endsWith('.jsonl')) yield* readJsonl(path, maxBytes);
    else yield await readArticleFile(path, maxBytes);
  }
}

/** The .txt files of a directory, in name order: regular files, and links to regular files inside the directory. */
async function* readDirectory(dir: string, maxBytes: number): AsyncGenerator<SourceItem> {
  let entries;
  let root: string;
  try {
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.name.toLowerCase().endsWith('.txt'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    root = await realpath(dir);
  } catch (cause) {
    yield problem(dir, 'unreadable', describeFsError(cause));
    return;
  }
  // a folder with no article in it is more likely the wrong folder than an empty corpus
  if (!entries.length) yield problem(dir, 'empty', 'a folder with no .txt file in it');
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(path);
      } catch (cause) {
        yield problem(path, 'unreadable', `a link to nothing readable (${describeFsError(cause)})`);
        continue;
      }
      if (!target.startsWith(root + sep)) {
        yield problem(path, 'outside-directory', `a link out of ${dir} (to ${target}): not read`);
        continue;
      }
    }
    let info;
    try {
      info = await stat(path);
    } catch (cause) {
      yield problem(path, 'unreadable', describeFsError(cause));
      continue;
    }
    // a named pipe or a device among the files of a directory is not an article, and could block the run
    if (!info.isFile()) {
      yield problem(
        path,
        'not-a-file',
        info.isFIFO() ? 'is a named pipe, not a regular file' : (notReadable(info) as string),
      );
      continue;
    }
    yield await readArticleFile(path, maxBytes);
  }
}

async function readArticleFile(path: string, maxBytes: number): Promise<SourceItem> {
  let text: string;
  try {
    text = await readTextFile(path, { maxBytes });
  } catch (cause) {
    const message = cause instanceof InputError ? cause.message.replace(/^.*?: (?:.*?: )?/, '') : String(cause);
    return problem(path, cause instanceof InputTooLargeError ? 'too-large' : 'unreadable', message);
  }
  if (!text.trim()) return problem(path, 'empty', text.length ? 'only white space' : '0 bytes');
  return { article: { id: basename(path, extname(path)), text, file: basename(path) }, where: path, file: path };
}

async function* readJsonl(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  let number = 0;
  let items = 0;
  try {
    for await (const line of readLines(path, { maxLineBytes: jsonlLineLimit(maxBytes) })) {
      number = line.number;
      if (!('bytes' in line)) {
        items++;
        yield problem(
          placeName(path, line.number),
          'too-large',
          `a line of ${formatBytes(line.tooLong)}, over the limit for an article`,
        );
        continue;
      }
      const item = parseJsonlLine(line.bytes, path, line.number, maxBytes);
      if (item) {
        items++;
        yield item;
      }
    }
    if (!items) yield problem(path, 'empty', number ? 'only blank lines' : '0 bytes');
  } catch (cause) {
    const message = cause instanceof InputError ? cause.message.replace(/^.*?: (?:.*?: )?/, '') : String(cause);
    yield problem(number ? `${path}:${number + 1}` : path, 'unreadable', message);
  }
}

/** A line's article or problem; nothing for a blank line. */
function parseJsonlLine(bytes: Buffer, file: string, line: number, maxBytes: number): SourceItem | undefined {
  const where = placeName(file, line);
  let text: string;
  try {
    text = decodeText(bytes, where);
  } catch (cause) {
    // the same bytes in a .txt file are refused: a replacement character would change the article silently
    return problem(where, 'malformed-line', (cause as Error).message.replace(/^.*?: (?:.*?: )?/, ''));
  }
  if (!text.trim()) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    return problem(
      where,
      'malformed-line',
      `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
    );
  }
  const parsed = JsonlArticle.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(where, 'malformed-line', `${issue?.path.join('.') || 'line'}: ${issue?.message}`);
  }
  const article = parsed.data;
  const size = Buffer.byteLength(article.text);
  if (size > maxBytes)
    return problem(
      where,
      'too-large',
      `article ${JSON.stringify(article.id)} is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}`,
    );
  if (!article.text.trim()) return problem(where, 'empty', `article ${JSON.stringify(article.id)} has no text`);
  return { article, where, file, line };
}
