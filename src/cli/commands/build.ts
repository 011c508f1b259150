// `claimgraph build [FILES...] -o OUT [--format gexf|json|statements|graphml|csv|jsonld]`: builds
// one graph from statements@1 files (merged; the curated graph when none is given) and writes
// it atomically.
import type { Command } from 'commander';
import { Option } from 'commander';
import { InputError } from '../../errors.ts';
import { EXPORT_FORMATS, formatFromPath, loadGraphInputs, writeGraphFile, type ExportFormat } from '../../io/index.ts';
import { addWriteOptions, writeOptionsFrom, type WriteFlags } from '../options/writeOptions.ts';
import { summary } from './index.ts';

const MODULE = 'claimgraph/cli/build';

export function register(program: Command): void {
  const command = program
    .command('build')
    .description(summary('build'))
    .argument('[files...]', 'statements@1 files (or GEXF / graphology JSON graphs) to merge')
    .requiredOption('-o, --output <file>', 'output file (written atomically)')
    .addOption(
      new Option(
        '--format <format>',
        'output format (default: from the extension: .gexf, .json, .statements.json, .graphml, .csv, .jsonld)',
      ).choices(EXPORT_FORMATS),
    );
  addWriteOptions(command).action(
    async (files: string[], options: { output: string; format?: ExportFormat } & WriteFlags) => {
      const format = options.format ?? formatFromPath(options.output);
      if (!format) {
        throw new InputError(
          MODULE,
          `cannot tell the format of ${options.output} from its extension; give --format ${EXPORT_FORMATS.join('|')}`,
          options.output,
        );
      }
      const writeOptions = writeOptionsFrom(options, MODULE);
      const graph = await loadGraphInputs(files);
      await writeGraphFile(graph, options.output, format, writeOptions);
    },
  );
}
