// The command line: one commander program, one file per sub-command in ./commands, loaded
// only when that command runs.
// Every failure ends as one clear line on stderr (plus the list of problems for an
// invalid file) and a non-zero exit code; nothing is thrown at the user.
import { Command, CommanderError } from 'commander';
import { ClaimGraphError, StatementsValidationError } from '../errors.ts';
import { COMMANDS } from './commands/index.ts';

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The command named by argv (`claimgraph NAME …` or `claimgraph help NAME`), if any. */
function commandNamed(argv: readonly string[]): string | undefined {
  const words = argv.filter((arg) => !arg.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

/**
 * The commander program for argv: the command it names is loaded and registered in full, the
 * others only by name and summary (enough for the command list and for commander's
 * suggestions), so that a run loads only what its command uses.
 */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('claimgraph')
    .description('claim-provenance graphs: who asserted, accused, denied or rejected what, about whom')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const named = commandNamed(argv);
  for (const command of COMMANDS) {
    if (command.name === named) (await command.load()).register(program);
    else program.command(command.name).description(command.summary);
  }
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
  let program: Command;
  try {
    program = await createProgram(argv);
  } catch (error) {
    process.stderr.write(`claimgraph: ${describeError(error)}\n`);
    return EXIT_FAILURE;
  }
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
