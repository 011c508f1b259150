// `claimgraph score GOLD SYSTEM [--json]`: scores a statements@1 file against gold (a file,
// or a directory of *.json merged as the reference scorer does) and prints per-document and
// micro precision, recall and F1, strict / attributed / loose, then the misses and extras.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { formatReport, mergeGold, scoreStatements, MODES, type ScoreInput } from '../../evaluate/index.ts';
import { readTextFile } from '../../io/files/readText.ts';
import { parseJson } from '../../io/statements/readStatements.ts';
import { writeStdout } from '../output/stdout.ts';
import { printableLines, terminalSafeJson } from '../output/terminal.ts';

const MODULE = 'claimgraph/cli/score';

async function readJson(path: string): Promise<ScoreInput> {
  const data = parseJson(await readTextFile(path), path) as ScoreInput;
  if (!data || !Array.isArray(data.statements) || !Array.isArray(data.actors) || !Array.isArray(data.documents)) {
    throw new InputError(
      MODULE,
      `${path}: is not a statements@1 object (documents[], actors[] and statements[] expected)`,
      path,
    );
  }
  return data;
}

export async function readGold(path: string): Promise<ScoreInput> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(MODULE, `${path}: no such file or directory`, path);
  }
  if (!info.isDirectory()) return readJson(path);
  const files = (await readdir(path)).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) throw new InputError(MODULE, `${path}: holds no .json gold file`, path);
  return mergeGold(await Promise.all(files.map((f) => readJson(join(path, f)))));
}

export function register(program: Command): void {
  program
    .command('score')
    .description('score extracted statements against gold statements (strict, attributed and loose micro F1)')
    .argument('<gold>', 'gold statements@1 file, or a directory of them')
    .argument('<system>', 'system statements@1 file')
    .option('--json', 'print the scores as JSON')
    .action(async (goldPath: string, systemPath: string, options: { json?: boolean }) => {
      const report = scoreStatements(await readGold(goldPath), await readJson(systemPath));
      if (options.json) {
        const micro = Object.fromEntries(MODES.map((m) => [m, report.micro[m]]));
        await writeStdout(`${terminalSafeJson(JSON.stringify({ rows: report.rows, ...micro }, null, 1))}\n`);
      } else await writeStdout(`${printableLines(formatReport(report).split('\n'))}\n`);
    });
}
