// `claimgraph score GOLD SYSTEM [--json]`: scores a statements@1 file against gold (a file,
// or a directory of *.json merged as the reference scorer does) and prints per-document and
// micro precision, recall and F1, strict / attributed / loose, then the misses and extras.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InputError, StatementsValidationError } from '../../errors.ts';
import { formatReport, mergeGold, scoreStatements, MODES, type ScoreInput } from '../../evaluate/index.ts';
import { readTextFile } from '../../io/files/readText.ts';
import { STATEMENTS_FORMAT, validateStatements } from '../../model/index.ts';
import { parseJson } from '../../io/graphText.ts';
import { tooDeep } from '../../io/statements/readStatements.ts';
import { writeStdout } from '../output/stdout.ts';
import { printableLines, terminalSafeJson } from '../output/terminal.ts';
import { summary } from './index.ts';

const MODULE = 'claimgraph/cli/score';

/** A statements@1 file, checked (format, shape, types, references) before it is scored: a wrong file is an error, never a score of 0. */
async function readJson(path: string): Promise<ScoreInput> {
  const data = parseJson(await readTextFile(path), path);
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new InputError(
      MODULE,
      `${path}: is not a statements@1 object (documents[], actors[] and statements[] expected)`,
      path,
    );
  const { format } = data as { format?: unknown };
  if (format !== STATEMENTS_FORMAT)
    throw new InputError(
      MODULE,
      `${path}: ${format === undefined ? 'has no "format" field' : `has format ${JSON.stringify(format)}`}, expected ${JSON.stringify(STATEMENTS_FORMAT)}`,
      path,
    );
  let result;
  try {
    result = validateStatements(data);
  } catch (error) {
    throw tooDeep(error, path) ?? error;
  }
  if (!result.data) throw new StatementsValidationError(path, result.problems);
  return result.data;
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
    .description(summary('score'))
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
