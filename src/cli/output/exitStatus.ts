// The exit statuses of every claimgraph command, as data: `claimgraph --help` and the README
// print this table, main.ts maps outcomes to it, and the tests check each command against it.
import { ClaimGraphError } from '../../errors.ts';

export const EXIT_STATUSES = [
  { code: 0, name: 'done', meaning: 'everything asked for was done' },
  { code: 1, name: 'failed', meaning: 'nothing was done: the reason is on stderr; an existing output is untouched' },
  { code: 2, name: 'usage', meaning: 'the command line is wrong (unknown option, missing argument)' },
  {
    code: 3,
    name: 'left-out',
    meaning: 'done, but some inputs were left out (each named on stderr with its reason); the output holds the rest',
  },
] as const;

export type ExitName = (typeof EXIT_STATUSES)[number]['name'];
export const EXIT: Record<ExitName, number> = Object.fromEntries(EXIT_STATUSES.map((s) => [s.name, s.code])) as Record<
  ExitName,
  number
>;

/** The `--help` paragraph listing the statuses. */
export function exitStatusHelp(): string {
  return ['Exit status:', ...EXIT_STATUSES.map((s) => `  ${s.code}  ${s.meaning}`)].join('\n');
}

/**
 * Thrown by a command after it wrote its output when some inputs were left out (already named
 * on stderr): the message is the one-line summary, the exit status `left-out`.
 */
export class ItemsLeftOut extends ClaimGraphError {
  constructor(
    module: string,
    readonly leftOut: number,
    readonly total: number,
    what: string,
  ) {
    super(module, `${leftOut} of ${total} ${what} left out (named above); the rest is written`);
  }
}
