// `claimgraph ingest SOURCE... -o OUT`: a directory of .txt files, a .jsonl corpus or
// article files → extraction in worker threads → one corpus graph (.gexf, graphology .json
// or .statements.json), written atomically. Progress bar on a terminal, log lines
// otherwise; each skipped input on stderr as it happens; a summary at the end.
import type { Command } from 'commander';
import { Option } from 'commander';
import { InputError } from '../../errors.ts';
import { gazetteerEntries } from '../../extract/actors/defaultGazetteer.ts';
import {
  createProgress,
  DEFAULT_MAX_ARTICLE_BYTES,
  formatProblem,
  ingestCorpus,
  SKIP_REASONS,
  type ProgressReporter,
} from '../../corpus/ingest/index.ts';
import { GRAPH_FORMATS, type GraphFormat } from '../../io/graphFile.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import { addGexfVersionOption } from '../options/writeOptions.ts';
import { STORE_HELP } from '../source.ts';
import { summary } from './index.ts';

const MODULE = 'claimgraph/cli/ingest';

function wholeNumber(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InputError(MODULE, `--${name} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
    return n;
  };
}

function fraction(value: string): number {
  const n = Number(value);
  if (!(n > 0 && n <= 1))
    throw new InputError(MODULE, `--similarity must be a number in (0, 1], got ${JSON.stringify(value)}`);
  return n;
}

interface IngestFlags {
  gexfVersion?: GexfVersion;
  output?: string;
  store?: string;
  format?: GraphFormat;
  workers?: number;
  batch: number;
  maxArticleMb: number;
  similarity?: number;
  extractor?: string;
  progress: boolean;
}

export function register(program: Command): void {
  const command = program
    .command('ingest')
    .description(summary('ingest'))
    .argument(
      '<sources...>',
      'a directory of .txt files, a .jsonl file (id, text, title?, published?, url?, outlet?) or article files',
    )
    .option('-o, --output <file>', 'output graph: .gexf, .json (graphology) or .statements.json (written atomically)')
    .option('--store <url>', `add to a claimgraph store instead: ${STORE_HELP}; one transaction per batch`)
    .addOption(new Option('--format <format>', 'output format (default: from the extension)').choices(GRAPH_FORMATS))
    .option(
      '--workers <n>',
      'extraction threads (default: one per core; 0 = in this thread)',
      wholeNumber('workers', 0),
    )
    .option('--batch <n>', 'articles per batch sent to a worker', wholeNumber('batch', 1), 16)
    .option(
      '--max-article-mb <n>',
      'skip articles larger than this (MiB)',
      wholeNumber('max-article-mb', 1),
      DEFAULT_MAX_ARTICLE_BYTES / 2 ** 20,
    )
    .option('--similarity <x>', 'content similarity for two reports to be one claim (0–1, default 0.7)', fraction)
    .addOption(new Option('--extractor <module>', 'module exporting extractArticles (for testing)').hideHelp())
    .option('--no-progress', 'no progress bar or progress lines');
  addGexfVersionOption(command).action(async (sources: string[], flags: IngestFlags) => {
    const err = process.stderr;
    if ((flags.output === undefined) === (flags.store === undefined))
      throw new InputError(MODULE, 'give the output as -o FILE or --store URL (one of them)');
    let progress: ProgressReporter | undefined;
    const gazetteer = gazetteerEntries();
    // the database client is loaded only for a store
    const store =
      flags.store === undefined
        ? undefined
        : await (
            await import('../../store/pgStore.ts')
          ).PgStore.open(flags.store, { gazetteer, similarity: flags.similarity });
    const sink = store && new (await import('../../store/sink.ts')).StoreSink(store);
    const summary = await ingestCorpus({
      sources,
      output: flags.output,
      sink,
      format: flags.format,
      gexfVersion: flags.gexfVersion,
      workers: flags.workers,
      batchSize: flags.batch,
      maxArticleBytes: flags.maxArticleMb * 2 ** 20,
      similarity: flags.similarity,
      extractor: flags.extractor,
      gazetteer,
      onProblem: (p) =>
        progress
          ? progress.log(`ingest: skipped ${formatProblem(p)}`)
          : err.write(`ingest: skipped ${formatProblem(p)}\n`),
      onStart: (pending) => {
        if (flags.progress && pending) progress = createProgress(pending);
      },
      onProgress: (done) => progress?.update(done),
    }).finally(() => store?.close());
    progress?.stop();
    const skipped = SKIP_REASONS.filter((r) => summary.skipped[r]).map((r) => `${summary.skipped[r]} ${r}`);
    const rate = summary.ingested / Math.max(summary.extractSeconds, 0.001);
    err.write(
      [
        `ingest: ${summary.ingested} extracted (${summary.updated} changed) with ${summary.workers} worker${summary.workers === 1 ? '' : 's'} (started in ${summary.startSeconds.toFixed(1)} s) in ${summary.extractSeconds.toFixed(1)} s (${rate.toFixed(1)} articles/s), ${summary.reused} already ingested`,
        `ingest: skipped: ${skipped.length ? skipped.join(', ') : 'none'}`,
        `ingest: ${summary.target}: ${summary.documents} documents, ${summary.statements} statements, ${summary.actors} actors (${summary.merges} merged names), ${summary.clusters} claims reported by several documents; ${summary.totalSeconds.toFixed(1)} s in all`,
      ].join('\n') + '\n',
    );
  });
}
