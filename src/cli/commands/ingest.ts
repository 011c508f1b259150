// `claimgraph ingest SOURCE... -o OUT`: a directory of .txt files, a .jsonl corpus or
// article files → extraction in worker threads → one corpus graph (.gexf, graphology .json
// or .statements.json), written atomically. An existing output is added to (said on stderr;
// --fresh starts anew). Progress bar on a terminal, log lines otherwise; each input left out
// on stderr as it happens; a summary at the end; exit status 3 when inputs were left out.
import type { Command } from 'commander';
import { Option } from 'commander';
import { ClaimGraphError, InputError } from '../../errors.ts';
import { gazetteerEntries } from '../../extract/actors/defaultGazetteer.ts';
import {
  createProgress,
  DEFAULT_MAX_ARTICLE_BYTES,
  formatProblem,
  ingestCorpus,
  MIN_WORKER_HEAP_MB,
  NothingToIngest,
  SKIP_REASONS,
  WORKER_HEAP_BASE_MB,
  WORKER_HEAP_MB_PER_ARTICLE_MIB,
  type ProgressReporter,
} from '../../corpus/ingest/index.ts';
import { GRAPH_FORMATS, type GraphFormat } from '../../io/graphFile.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import { addGexfVersionOption } from '../options/writeOptions.ts';
import { ItemsLeftOut } from '../output/exitStatus.ts';
import { printable } from '../output/terminal.ts';
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
  workerHeapMb?: number;
  similarity?: number;
  extractor?: string;
  progress: boolean;
  fresh?: boolean;
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
    .option(
      '--worker-heap-mb <n>',
      `each extraction thread's heap limit (MiB; default ${WORKER_HEAP_BASE_MB} + ${WORKER_HEAP_MB_PER_ARTICLE_MIB} per MiB of --max-article-mb)`,
      wholeNumber('worker-heap-mb', MIN_WORKER_HEAP_MB),
    )
    .option('--similarity <x>', 'content similarity for two reports to be one claim (0–1, default 0.7)', fraction)
    .addOption(new Option('--extractor <module>', 'module exporting extractArticles (for testing)').hideHelp())
    .option('--fresh', 'forget what earlier runs ingested into OUT (default: add these sources to it)')
    .option('--no-progress', 'no progress bar or progress lines');
  addGexfVersionOption(command).action(async (sources: string[], flags: IngestFlags) => {
    const err = process.stderr;
    if ((flags.output === undefined) === (flags.store === undefined))
      throw new InputError(MODULE, 'give the output as -o FILE or --store URL (one of them)');
    let progress: ProgressReporter | undefined;
    const say = (line: string) => (progress ? progress.log(printable(line)) : err.write(`${printable(line)}\n`));
    // Inputs left out are named as they are found, once the run is sure to write something;
    // until then they wait, so that a run with nothing to ingest ends in one line, not two.
    let waiting: string[] | undefined = [];
    const leftOut = (line: string) => (waiting ? waiting.push(line) : say(line));
    const flush = () => {
      for (const line of waiting ?? []) say(line);
      waiting = undefined;
    };
    const gazetteer = gazetteerEntries();
    // the database client is loaded only for a store
    const store =
      flags.store === undefined
        ? undefined
        : await (
            await import('../../store/pgStore.ts')
          ).PgStore.open(flags.store, { gazetteer, similarity: flags.similarity });
    const sink = store && new (await import('../../store/sink.ts')).StoreSink(store);
    let summary;
    try {
      summary = await ingestCorpus({
        sources,
        output: flags.output,
        sink,
        format: flags.format,
        gexfVersion: flags.gexfVersion,
        workers: flags.workers,
        batchSize: flags.batch,
        maxArticleBytes: flags.maxArticleMb * 2 ** 20,
        workerHeapMb: flags.workerHeapMb,
        similarity: flags.similarity,
        extractor: flags.extractor,
        gazetteer,
        fresh: flags.fresh,
        onProblem: (p) => leftOut(`ingest: left out ${formatProblem(p)}`),
        onStart: (pending, already, reused) => {
          if (already)
            say(
              `ingest: ${flags.output ?? 'the store'} already holds ${already} document${already === 1 ? '' : 's'}: these sources are added to them${flags.output ? ' (--fresh starts anew)' : ''}`,
            );
          if (reused) flush();
          if (flags.progress && pending) progress = createProgress(pending);
        },
        onProgress: (done) => {
          flush();
          progress?.update(done);
        },
      });
    } catch (error) {
      progress?.stop();
      if (error instanceof NothingToIngest && waiting?.length === 1) {
        const only = (waiting[0] as string).replace(/^ingest: left out /, '');
        throw new ClaimGraphError(MODULE, `nothing to ingest: ${only}; ${error.target} is left as it was`);
      }
      flush();
      throw error;
    } finally {
      await store?.close();
    }
    flush();
    progress?.stop();
    const skipped = SKIP_REASONS.filter((r) => r !== 'already-ingested' && summary.skipped[r]).map(
      (r) => `${summary.skipped[r]} ${r}`,
    );
    const rate = summary.ingested / Math.max(summary.extractSeconds, 0.001);
    err.write(
      [
        `ingest: ${summary.ingested} extracted (${summary.updated} changed) with ${summary.workers} worker${summary.workers === 1 ? '' : 's'} (started in ${summary.startSeconds.toFixed(1)} s) in ${summary.extractSeconds.toFixed(1)} s (${rate.toFixed(1)} articles/s), ${summary.reused} already ingested`,
        `ingest: left out: ${skipped.length ? skipped.join(', ') : 'none'}`,
        `ingest: ${summary.target}: ${summary.documents} documents, ${summary.statements} statements, ${summary.actors} actors (${summary.merges} merged names), ${summary.clusters} claims reported by several documents; ${summary.totalSeconds.toFixed(1)} s in all`,
      ].join('\n') + '\n',
    );
    const inputs = summary.ingested + summary.reused + summary.leftOut;
    if (summary.leftOut) throw new ItemsLeftOut(MODULE, summary.leftOut, inputs, 'inputs');
  });
}
