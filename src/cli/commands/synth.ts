// `claimgraph synth --articles N -o OUT.jsonl|DIR`: writes a deterministic synthetic corpus
// (one JSON article per line, or one .txt per article in a directory) together with its true
// statements (OUT.truth.statements.json) and the answers the corpus queries must give
// (OUT.answers.json), for tests and benchmarks of extraction and ingestion at scale.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { gazetteerEntries } from '../../extract/actors/defaultGazetteer.ts';
import { generateCorpus, type SynthCorpus } from '../../synth/index.ts';
import { writeFileAtomic, writeFilesAtomic, type OutputContent } from '../../io/files/atomicWrite.ts';
import { jsonObjectChunks } from '../../io/json/jsonChunks.ts';
import { statementsChunks } from '../../io/statements/writeStatements.ts';
import { summary } from './index.ts';

const MODULE = 'claimgraph/cli/synth';

function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new InputError(MODULE, `--${name} must be a positive integer, got ${JSON.stringify(value)}`);
    return n;
  };
}

export function register(program: Command): void {
  program
    .command('synth')
    .description(summary('synth'))
    .requiredOption('-o, --output <path>', 'OUT.jsonl (one article per line) or a directory (one .txt per article)')
    .option('--articles <n>', 'number of articles', positiveInteger('articles'), 1000)
    .option('--seed <n>', 'random seed (same seed, same corpus)', positiveInteger('seed'), 1)
    .option('--start <date>', 'publication date of the first article (YYYY-MM-DD)', '2026-01-05')
    .option('--per-day <n>', 'articles published per day', positiveInteger('per-day'), 20)
    .option(
      '--cast-growth <n>',
      'a cast that grows with the corpus, as in real news: n invented persons, armed groups and organisations join per 1,000 articles, and actors are drawn Zipf-like (the k-th to join with weight 1/k); default: a fixed cast of 34 gazetteer actors',
      positiveInteger('cast-growth'),
    )
    .action(
      async (options: {
        output: string;
        articles: number;
        seed: number;
        start: string;
        perDay: number;
        castGrowth?: number;
      }) => {
        let corpus: SynthCorpus;
        try {
          corpus = generateCorpus({
            articles: options.articles,
            seed: options.seed,
            start: options.start,
            perDay: options.perDay,
            gazetteer: gazetteerEntries(),
            ...(options.castGrowth !== undefined ? { castGrowth: options.castGrowth } : {}),
          });
        } catch (error) {
          if (error instanceof RangeError) throw new InputError(MODULE, error.message);
          throw error;
        }
        const jsonl = options.output.toLowerCase().endsWith('.jsonl');
        const base = jsonl ? options.output.slice(0, -'.jsonl'.length) : join(options.output, 'corpus');
        const files: [string, OutputContent][] = [
          [
            `${base}.truth.statements.json`,
            statementsChunks(
              {
                documents: corpus.statements.documents,
                actors: () => corpus.statements.actors,
                statements: () => corpus.statements.statements,
              },
              0,
            ),
          ],
          [
            `${base}.answers.json`,
            (async function* () {
              const lists = Object.entries(corpus.truth).map(
                ([name, list]) => [name, () => list as unknown[], true] as const,
              );
              yield* jsonObjectChunks(lists, 1);
              yield '\n';
            })(),
          ],
        ];
        if (jsonl) {
          files.unshift([
            options.output,
            (function* () {
              for (const a of corpus.articles)
                yield `${JSON.stringify({ id: a.id, title: a.title, published: a.published, url: a.url, outlet: a.outlet, text: a.text })}\n`;
            })(),
          ]);
        } else {
          await mkdir(options.output, { recursive: true });
          for (const a of corpus.articles) await writeFileAtomic(join(options.output, `${a.id}.txt`), a.text);
        }
        await writeFilesAtomic(files.map(([path, content]) => ({ path, content })));
        const chars = corpus.articles.reduce((sum, a) => sum + a.text.length, 0);
        process.stderr.write(
          `synth: ${corpus.articles.length} articles (${(chars / 1e6).toFixed(1)} M characters), ${corpus.statements.statements.length} true statements → ${options.output}, ${base}.truth.statements.json, ${base}.answers.json\n`,
        );
      },
    );
}
