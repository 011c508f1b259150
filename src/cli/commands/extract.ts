// `claimgraph extract FILE.txt... [-o OUT.json]` (SPEC.md §3): reads plain-text articles
// (UTF-8), extracts their statements and writes one statements@1 object (stdout without -o),
// as it goes (../extract/extractFiles.ts). A file that cannot be read or extracted is left out,
// named on stderr, and the exit status is 3; when no file can be used, nothing is written
// (no output file, an existing one untouched) and the exit status is 1.
import type { Command } from 'commander';
import { Option } from 'commander';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StatementsFile } from '../../model/index.ts';
import { explainStatements } from '../../io/statements/explain.ts';
import { extractFiles } from '../extract/extractFiles.ts';
import { ItemsLeftOut } from '../output/exitStatus.ts';
import { writeStdout } from '../output/stdout.ts';
import { printable, printableLines } from '../output/terminal.ts';
import { summary } from './index.ts';

export { documentId } from '../extract/extractFiles.ts';

const MODULE = 'claimgraph/cli/extract';

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
    .addOption(new Option('--extractor <module>', 'module exporting extractArticles (for testing)').hideHelp())
    .action(async (files: string[], options: { output?: string; extractor?: string; explain?: boolean }) => {
      // --explain reads the written statements back: to a temporary file when there is no -o
      const scratch =
        options.explain && !options.output ? await mkdtemp(join(tmpdir(), 'claimgraph-explain-')) : undefined;
      try {
        const output = scratch ? join(scratch, 'statements.json') : options.output;
        const leftOut = await extractFiles(files, {
          output,
          extractor: options.extractor,
          onLeftOut: (line) => process.stderr.write(`${printable(line)}\n`),
        });
        if (options.explain && output) {
          const statements = JSON.parse(await readFile(output, 'utf8')) as StatementsFile;
          await writeStdout(`${printableLines(explainStatements(statements).replace(/\n$/, '').split('\n'))}\n`);
        }
        if (leftOut.length) throw new ItemsLeftOut(MODULE, leftOut.length, files.length, 'files');
      } finally {
        if (scratch) await rm(scratch, { recursive: true, force: true });
      }
    });
}
