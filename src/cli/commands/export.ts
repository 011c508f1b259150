// `claimgraph export --format gexf|json|statements|graphml|csv|jsonld [-o OUT] [--graph FILE...]`:
// writes the graph (the curated one unless --graph names files, merged) to stdout or,
// atomically, to OUT (CSV: OUT's two tables, X.nodes.csv and X.edges.csv).
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
import { graphOption } from '../options/graphOption.ts';
import { addWriteOptions, writeOptionsFrom, type WriteFlags } from '../options/writeOptions.ts';
import { writeStdout } from '../output/stdout.ts';
import { terminalSafeJson } from '../output/terminal.ts';

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
    .addOption(
      graphOption(
        'graph file to read: GEXF, graphology JSON or statements@1 (repeat to merge several; default: the curated graph)',
      ),
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
      else {
        const chunks = serializeGraphChunks(graph, format, writeOptions);
        // JSON leaves C1 and bidirectional controls raw; on a terminal they are escaped (same data)
        const json = format === 'json' || format === 'statements' || format === 'jsonld';
        await writeStdout(process.stdout.isTTY && json ? [...chunks].map(terminalSafeJson) : chunks);
      }
    },
  );
}
