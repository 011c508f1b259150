// `claimgraph extract FILE.txt... [-o OUT.json]` (SPEC.md §3): reads plain-text articles
// (UTF-8), extracts their statements and writes one statements@1 object (stdout without -o),
// as it goes (../extract/extractFiles.ts). A file that cannot be read or extracted is left out,
// named on stderr, and the exit status is 3; when no file can be used, nothing is written
// (no output file, an existing one untouched) and the exit status is 1.
import type { Command } from 'commander';
import { Option } from 'commander';
import { extractFiles } from '../extract/extractFiles.ts';
import { ItemsLeftOut } from '../output/exitStatus.ts';
import { printable } from '../output/terminal.ts';

export { documentId } from '../extract/extractFiles.ts';

const MODULE = 'claimgraph/cli/extract';

export function register(program: Command): void {
  program
    .command('extract')
    .description(
      'extract who asserted, accused, denied or rejected what from plain-text news articles (statements@1 JSON)',
    )
    .argument('<files...>', 'article files (UTF-8 text); document ids are the file names without extension')
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .addOption(new Option('--extractor <module>', 'module exporting extractArticles (for testing)').hideHelp())
    .action(async (files: string[], options: { output?: string; extractor?: string }) => {
      const leftOut = await extractFiles(files, {
        output: options.output,
        extractor: options.extractor,
        onLeftOut: (line) => process.stderr.write(`${printable(line)}\n`),
      });
      if (leftOut.length) throw new ItemsLeftOut(MODULE, leftOut.length, files.length, 'files');
    });
}
