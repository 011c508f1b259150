// `claimgraph export --format gexf|json|statements|graphml|csv|jsonld [-o OUT] [--graph FILE...]`:
// writes the graph (the curated one unless --graph names files, merged) to stdout or,
// atomically, to OUT (CSV: OUT's two tables, X.nodes.csv and X.edges.csv).
import { once } from 'node:events';
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
import { addWriteOptions, writeOptionsFrom, type WriteFlags } from '../options/writeOptions.ts';

const MODULE = 'claimgraph/cli/export';

export function register(program: Command): void {
  const command = program
    .command('export')
    .description('export a claim graph as GEXF, graphology JSON, statements@1, GraphML, CSV or JSON-LD')
    .addOption(
      new Option('--format <format>', 'output format (default with -o: from the extension)').choices(EXPORT_FORMATS),
    )
    .option(
      '-o, --output <file>',
      'output file (written atomically; default: stdout; CSV: X.nodes.csv and X.edges.csv)',
    )
    .option(
      '--graph <files...>',
      'graph files to read and merge: GEXF, graphology JSON or statements@1 (default: the curated graph)',
    );
  addWriteOptions(command).action(
    async (options: { format?: ExportFormat; output?: string; graph?: string[] } & WriteFlags) => {
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
      const graph = await loadGraphInputs(options.graph ?? []);
      if (options.output) await writeGraphFile(graph, options.output, format, writeOptions);
      else await writeStdout(serializeGraphChunks(graph, format, writeOptions));
    },
  );
}

async function writeStdout(chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  await new Promise<void>((resolve, reject) =>
    process.stdout.write('', (error) => (error ? reject(error) : resolve())),
  );
}
