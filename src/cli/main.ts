// The command line: one commander program, one file per sub-command in ./commands.
// Every failure ends as one clear line on stderr (plus the list of problems for an
// invalid file) and a non-zero exit code; nothing is thrown at the user.
import { Command, CommanderError } from 'commander';
import { ClaimGraphError, StatementsValidationError } from '../errors.ts';
import { COMMANDS } from './commands/index.ts';

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function createProgram(): Command {
  const program = new Command('claimgraph')
    .description('claim-provenance graphs: who asserted, accused, denied or rejected what, about whom')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

export function describeError(error: unknown): string {
  if (error instanceof StatementsValidationError) {
    return [
      `${error.source}: ${error.problems.length} problem(s) in statements@1 data:`,
      ...error.problems.map((p) => `  ${p}`),
    ].join('\n');
  }
  if (error instanceof ClaimGraphError) return error.message;
  if (error instanceof Error) return `unexpected error: ${error.message}`;
  return `unexpected error: ${String(error)}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
        ? 0
        : EXIT_USAGE;
    }
    process.stderr.write(`claimgraph: ${describeError(error)}\n`);
    return EXIT_FAILURE;
  }
}
