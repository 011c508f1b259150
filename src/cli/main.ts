// The command line: one commander program, one file per sub-command in ./commands, loaded
// only when that command runs.
// Every failure ends as one clear line on stderr (plus the list of problems for an
// invalid file) and the exit status of output/exitStatus.ts; nothing is thrown at the user.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { ClaimGraphError, StatementsValidationError } from '../errors.ts';
import { COMMANDS } from './commands/index.ts';
import { EXIT, exitStatusHelp, ItemsLeftOut } from './output/exitStatus.ts';
import { isClosedPipe } from './output/stdout.ts';
import { printable } from './output/terminal.ts';

export const EXIT_FAILURE = EXIT.failed;
/** Problems of an invalid file listed on stderr; the rest are counted. */
const SHOWN_PROBLEMS = 20;
export const EXIT_USAGE = EXIT.usage;

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
    .version(version(), '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\n${exitStatusHelp()}`)
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
    const shown = error.problems.slice(0, SHOWN_PROBLEMS);
    const more = error.problems.length - shown.length;
    return [
      `${error.source}: ${error.problems.length} problem(s) in statements@1 data:`,
      ...shown.map((p) => `  ${p}`),
      ...(more ? [`  … and ${more} more`] : []),
    ].join('\n');
  }
  if (error instanceof ClaimGraphError) return error.message;
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return 'an input is nested too deeply to process (Maximum call stack size exceeded)';
  if (error instanceof Error) return `unexpected error: ${error.message}`;
  return `unexpected error: ${String(error)}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  quietWhenOutputClosed();
  let program: Command;
  try {
    program = await createProgram(argv);
  } catch (error) {
    process.stderr.write(`claimgraph: ${printable(describeError(error))}\n`);
    return EXIT_FAILURE;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.done;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
        ? EXIT.done
        : EXIT.usage;
    }
    if (isClosedPipe(error)) return EXIT.done;
    const message = describeError(error).split('\n').map(printable).join('\n');
    process.stderr.write(`claimgraph: ${message}\n`);
    return error instanceof ItemsLeftOut ? EXIT['left-out'] : EXIT.failed;
  }
}

let quiet = false;
/**
 * A reader that closes the pipe (`claimgraph query … | head`) makes the next write fail with
 * EPIPE, which Node reports as an 'error' event; without a listener that is a crash with a
 * stack trace. Here the error is taken as the normal end of the output: writeStdout then
 * fails with StdoutClosed, which main turns into a quiet status 0, and what nobody reads is
 * dropped. Any other failure of the standard streams is one line and status 1.
 */
function quietWhenOutputClosed(): void {
  if (quiet) return;
  quiet = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (isClosedPipe(error)) return;
      if (stream !== process.stderr) process.stderr.write(`claimgraph: cannot write the output: ${error.message}\n`);
      process.exit(EXIT.failed);
    });
  }
}

/** The version in package.json, found from this file upwards (source or compiled layout alike). */
function version(): string {
  for (let dir = new URL('.', import.meta.url); dir.pathname !== '/'; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'claimgraph' && pkg.version) return pkg.version;
    } catch {
      // not here: one folder up
    }
  }
  return 'unknown';
}
