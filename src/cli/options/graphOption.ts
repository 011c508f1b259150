// `--graph FILE`, shared by the sub-commands that read graphs.
import { Option } from 'commander';

/**
 * `--graph FILE`, repeatable: each occurrence takes exactly one file, so an argument after it
 * (`query statements-by --graph corpus.gexf Lavrov`) stays an argument and is never read as a
 * second file.
 */
export function graphOption(description: string): Option {
  return new Option('--graph <file>', description).argParser((file: string, previous: string[] | undefined) => [
    ...(previous ?? []),
    file,
  ]);
}
