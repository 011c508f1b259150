// `claimgraph export --format gexf|json|statements [-o OUT] [--graph FILE...]`: writes the
// graph (the curated one unless --graph names files, merged) to stdout or, atomically, to OUT.
import { once } from 'node:events';
import type { Command } from 'commander';
import { Option } from 'commander';
import { InputError } from '../../errors.ts';
import {
  GRAPH_FORMATS,
  formatFromPath,
  loadGraphInputs,
  serializeGraphChunks,
  writeGraphFile,
  type GraphFormat,
} from '../../io/index.ts';
import { summary } from './index.ts';

const MODULE = 'claimgraph/cli/export';

export function register(program: Command): void {
  program
    .command('export')
    .description(summary('export'))
    .addOption(
      new Option('--format <format>', 'output format (default with -o: from the extension)').choices(GRAPH_FORMATS),
    )
    .option('-o, --output <file>', 'output file (written atomically; default: stdout)')
    .option(
      '--graph <files...>',
      'graph files to read and merge: GEXF, graphology JSON or statements@1 (default: the curated graph)',
    )
    .action(async (options: { format?: GraphFormat; output?: string; graph?: string[] }) => {
      const format = options.format ?? (options.output ? formatFromPath(options.output) : undefined);
      if (!format) {
        const where = options.output
          ? `cannot tell the format of ${options.output} from its extension`
          : 'no output format';
        throw new InputError(MODULE, `${where}; give --format ${GRAPH_FORMATS.join('|')}`, options.output);
      }
      const graph = await loadGraphInputs(options.graph ?? []);
      if (options.output) await writeGraphFile(graph, options.output, format);
      else await writeStdout(serializeGraphChunks(graph, format));
    });
}

async function writeStdout(chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  await new Promise<void>((resolve, reject) =>
    process.stdout.write('', (error) => (error ? reject(error) : resolve())),
  );
}
