// `claimgraph export --format gexf|json|statements|graphml|csv|jsonld [-o OUT] [--graph FILE...]`:
// writes the graph (the curated one unless --graph names files, merged) to stdout or,
// atomically, to OUT (CSV: OUT's two tables, X.nodes.csv and X.edges.csv). With --store, the
// corpus of a store or a selection of it (--actor X --depth N, --from/--to dates), read with
// cursors: statements@1 streams out as it is read; other formats are built from the selection only.
import type { Command } from 'commander';
import { Option } from 'commander';
import { InputError } from '../../errors.ts';
import {
  EXPORT_FORMATS,
  formatFromPath,
  loadGraphInputs,
  serializeGraphChunks,
  writeGraphFile,
  type ExportFormat,
} from '../../io/index.ts';
import { writeFileAtomic } from '../../io/files/atomicWrite.ts';
import { buildGraph, idOf, type StatementsFile } from '../../model/index.ts';
import { checkSelection, type Selection } from '../../store/read/export.ts';
import { graphOption } from '../options/graphOption.ts';
import { addWriteOptions, writeOptionsFrom, type WriteFlags } from '../options/writeOptions.ts';
import { writeStdout } from '../output/stdout.ts';
import { terminalSafeJson } from '../output/terminal.ts';
import { STORE_HELP } from '../source.ts';
import { summary } from './index.ts';

const MODULE = 'claimgraph/cli/export';

export function register(program: Command): void {
  const command = program
    .command('export')
    .description(summary('export'))
    .addOption(
      new Option('--format <format>', 'output format (default with -o: from the extension)').choices(EXPORT_FORMATS),
    )
    .option(
      '-o, --output <file>',
      'output file (written atomically; default: stdout; CSV: X.nodes.csv and X.edges.csv)',
    )
    .addOption(
      graphOption(
        'graph file to read: GEXF, graphology JSON or statements@1 (repeat to merge several; default: the curated graph)',
      ),
    )
    .option('--store <url>', STORE_HELP)
    .option('--actor <actor>', 'with --store: only the statements by or about this actor (key, id, label or alias)')
    .option('--depth <n>', 'with --actor: and those of the actors they name, n steps out (default 1)', Number)
    .option('--from <date>', 'with --store: only documents published on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'with --store: only documents published on or before this day (YYYY-MM-DD)');
  addWriteOptions(command).action(async (options: ExportOptions) => {
    const format = options.format ?? (options.output ? formatFromPath(options.output) : undefined);
    if (!format) {
      const where = options.output
        ? `cannot tell the format of ${options.output} from its extension`
        : 'no output format';
      throw new InputError(MODULE, `${where}; give --format ${EXPORT_FORMATS.join('|')}`, options.output);
    }
    const writeOptions = writeOptionsFrom(options, MODULE);
    if (format === 'csv' && !options.output)
      throw new InputError(
        MODULE,
        'CSV is two tables (nodes and edges): give -o X.csv to write X.nodes.csv and X.edges.csv',
      );
    if (options.store !== undefined) return exportStore(options, format, writeOptions);
    for (const flag of ['actor', 'depth', 'from', 'to'] as const)
      if (options[flag] !== undefined) throw new InputError(MODULE, `--${flag} selects from a store: give --store`);
    const graph = await loadGraphInputs(options.graph ?? []);
    if (options.output) await writeGraphFile(graph, options.output, format, writeOptions);
    else await writeStdout(terminalSafe(serializeGraphChunks(graph, format, writeOptions), format));
  });
}

/** JSON leaves C1 and bidirectional controls raw; on a terminal they are escaped (same data). */
function terminalSafe(chunks: Iterable<string>, format: ExportFormat): Iterable<string> {
  const json = format === 'json' || format === 'statements' || format === 'jsonld';
  return process.stdout.isTTY && json ? [...chunks].map(terminalSafeJson) : chunks;
}

type ExportOptions = {
  format?: ExportFormat;
  output?: string;
  graph?: string[];
  store?: string;
  actor?: string;
  depth?: number;
  from?: string;
  to?: string;
} & WriteFlags;

async function exportStore(
  options: ExportOptions,
  format: ExportFormat,
  writeOptions: ReturnType<typeof writeOptionsFrom>,
): Promise<void> {
  if (options.graph?.length) throw new InputError(MODULE, 'give graph files or --store, not both');
  const { PgStore } = await import('../../store/pgStore.ts');
  const store = await PgStore.open(options.store as string);
  try {
    const selection: Selection = {
      ...(options.actor !== undefined ? { actor: idOf(await store.resolveActor(options.actor)) } : {}),
      ...(options.depth !== undefined ? { depth: options.depth } : {}),
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
    };
    if (selection.actor !== undefined && selection.depth === undefined) selection.depth = 1;
    checkSelection(selection);
    if (format === 'statements') {
      const chunks = store.exportStatements(selection);
      if (options.output) await writeFileAtomic(options.output, chunks);
      else await writeStdout(chunks);
      return;
    }
    let text = '';
    for await (const chunk of store.exportStatements(selection)) text += chunk;
    const graph = buildGraph(JSON.parse(text) as StatementsFile);
    if (options.output) await writeGraphFile(graph, options.output, format, writeOptions);
    else await writeStdout(terminalSafe(serializeGraphChunks(graph, format, writeOptions), format));
  } finally {
    await store.close();
  }
}
