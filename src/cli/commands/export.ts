// `claimgraph export --format gexf|json|statements [-o OUT] [--graph FILE...]`: writes the
// graph (the curated one unless --graph names files, merged) to stdout or, atomically, to OUT.
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
import { graphOption } from '../options.ts';
import { writeStdout } from '../output/stdout.ts';
import { terminalSafeJson } from '../output/terminal.ts';

const MODULE = 'claimgraph/cli/export';

export function register(program: Command): void {
  program
    .command('export')
    .description('export a claim graph as GEXF 1.3, graphology JSON or statements@1')
    .addOption(
      new Option('--format <format>', 'output format (default with -o: from the extension)').choices(GRAPH_FORMATS),
    )
    .option('-o, --output <file>', 'output file (written atomically; default: stdout)')
    .addOption(
      graphOption(
        'graph file to read: GEXF, graphology JSON or statements@1 (repeat to merge several; default: the curated graph)',
      ),
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
      else {
        const chunks = serializeGraphChunks(graph, format);
        // JSON leaves C1 and bidirectional controls raw; on a terminal they are escaped (same data)
        await writeStdout(process.stdout.isTTY && format !== 'gexf' ? [...chunks].map(terminalSafeJson) : chunks);
      }
    });
}
