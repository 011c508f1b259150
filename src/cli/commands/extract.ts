// `claimgraph extract FILE.txt... [-o OUT.json]` (SPEC.md §3): reads plain-text articles
// (UTF-8), extracts their statements and writes one statements@1 object (stdout without -o).
// Every file is read and checked before anything is written, so a bad file means a clear
// error, a non-zero exit and no output file.
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { extractArticles, type ArticleInput } from '../../extract/index.ts';
import { writeFileAtomic } from '../../io/files/atomicWrite.ts';
import { readTextFile } from '../../io/files/readText.ts';
import { statementsToJson } from '../../io/json/statementsJson.ts';
import { explainStatements } from '../../io/statements/explain.ts';
import { summary } from './index.ts';

const MODULE = 'claimgraph/cli/extract';

/** Document id of an article file: its name without the extension. */
export function documentId(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}

export async function readArticles(files: readonly string[]): Promise<ArticleInput[]> {
  const byId = new Map<string, string>();
  const articles: ArticleInput[] = [];
  for (const file of files) {
    const id = documentId(file);
    const earlier = byId.get(id);
    if (earlier !== undefined) {
      throw new InputError(
        MODULE,
        `${earlier} and ${file} both give the document id ${JSON.stringify(id)}; rename one of them`,
        file,
      );
    }
    byId.set(id, file);
    articles.push({ id, text: await readTextFile(file), file: basename(file) });
  }
  return articles;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description(summary('extract'))
    .argument('<files...>', 'article files (UTF-8 text); document ids are the file names without extension')
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option(
      '--explain',
      'print a readable block per statement on stdout instead of the JSON (sentence span, speaker, stance, ' +
        'cue, content, the attribution, speaker and stance rules that fired, confidence); with -o the JSON ' +
        'is still written to the file',
    )
    .action(async (files: string[], options: { output?: string; explain?: boolean }) => {
      const articles = await readArticles(files);
      const statements = extractArticles(articles);
      const json = statementsToJson(statements);
      if (options.output) await writeFileAtomic(options.output, json);
      if (options.explain) process.stdout.write(explainStatements(statements));
      else if (!options.output) process.stdout.write(json);
    });
}
