// `claimgraph query <name> [args] [--json] [--graph FILE...]`: the provenance queries on
// the command line, one sub-command per query. Actor and claim arguments go through the
// resolver (a key, an id, a label or an alias: `Russia`, `lavrov`, `aleppo-2016/s9`);
// the output is readable lines, or with --json the query's result object as is.
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { graphOption } from '../options/graphOption.ts';
import { writeStdout } from '../output/stdout.ts';
import { printableLines, terminalSafeJson } from '../output/terminal.ts';
import { EDGE_KINDS, type EdgeKind } from '../../model/kinds.ts';
import {
  DIRECTIONS,
  REACH_DEFAULTS,
  TRIPLE_ROLES,
  type ContestingStance,
  type Direction,
  type TripleRole,
} from '../../query/index.ts';
import type { ClaimSource } from '../../store/source.ts';
import { PAGE_DEFAULT, PAGE_MAX } from '../../store/page.ts';
import { STORE_HELP, withSource } from '../source.ts';
import {
  chainLines,
  contestedLines,
  pathLines,
  provenanceLines,
  reachLines,
  statementLines,
  table,
  tripleLines,
} from '../query/format.ts';
import { summary } from './index.ts';

interface CommonOptions {
  json?: boolean;
  graph?: string[];
  store?: string;
}

const MODULE = 'claimgraph/cli/query';

export function register(program: Command): void {
  const query = program
    .command('query')
    .description(summary('query'))
    .addHelpText(
      'after',
      `\nActors can be named by key (actor:lavrov), id (lavrov), label or alias ("Sergey Lavrov", Lavrov);
claims by key (claim:aleppo-2016/s9), id (aleppo-2016/s9) or, when unique, statement id (s9).`,
    );

  const lists = [
    [
      'statements-by',
      'the statements an actor made',
      'statementsBy',
      'statements by',
      "also the statements of the actor's members (memberOf, transitively)",
      'Russia --members',
    ],
    [
      'statements-about',
      'the statements about an actor or accusing it',
      'statementsAbout',
      'statements about',
      "also those about the actor's members",
      '"United States"',
    ],
    [
      'accusations-against',
      'the accusations that target an actor',
      'accusationsAgainst',
      'accusations against',
      "also those against the actor's members",
      'Russia',
    ],
  ] as const;
  for (const [name, description, queryFn, phrase, membersHelp, exampleArgs] of lists) {
    const command = subcommand(query, name, description)
      .argument('<actor>', 'actor key, id, label or alias')
      .option('--members', membersHelp)
      .addHelpText('after', example(`${name} ${exampleArgs}`));
    if (name === 'statements-by') paged(command);
    command.action((actor: string, options: CommonOptions & PagedOptions & { members?: boolean }) =>
      run(options, async (source) => {
        const key = await source.resolveActor(actor);
        if (queryFn === 'statementsBy' && isPaged(options)) {
          const page = await source.statementsByPage(key, { includeMembers: !!options.members, ...pageOf(options) });
          return { result: page, text: () => pageLines(statementLines(page.items), page.next, `no more ${phrase}`) };
        }
        const result = await source[queryFn](key, { includeMembers: !!options.members });
        const label = await labelOf(source, key);
        return {
          result,
          text: () => (result.length ? statementLines(result) : [`no ${phrase} ${label}`]),
        };
      }),
    );
  }

  const triplesCommand = subcommand(
    query,
    'triples',
    'who asserted what about whom (speaker, stance, claim, subject), for one actor or all',
  )
    .argument('[actor]', 'actor key, id, label or alias (default: every triple)')
    .addOption(
      new Option('--role <role>', 'the actor as speaker, subject or either (default: either)').choices(TRIPLE_ROLES),
    )
    .addHelpText('after', example('triples Russia --role subject') + example('triples Russia --limit 100'));
  paged(triplesCommand).action(
    (actor: string | undefined, options: CommonOptions & PagedOptions & { role?: TripleRole }) =>
      run(options, async (source) => {
        const key = actor === undefined ? undefined : await source.resolveActor(actor);
        if (isPaged(options)) {
          const page = await source.triplesPage(key, {
            ...(options.role ? { role: options.role } : {}),
            ...pageOf(options),
          });
          return { result: page, text: () => pageLines(tripleLines(page.items), page.next, 'no more triples') };
        }
        const result = await source.triples(key, options.role ? { role: options.role } : {});
        return { result, text: () => (result.length ? tripleLines(result) : ['no triples']) };
      }),
  );

  subcommand(query, 'contested', 'the claims someone denies or rejects, with who contests them and how')
    .option('--stances <list>', 'only these answers: denies, rejects (comma-separated)', list)
    .addHelpText('after', example('contested --stances rejects'))
    .action((options: CommonOptions & { stances?: string[] }) =>
      run(options, async (source) => {
        const result = await source.contested(
          options.stances ? { stances: options.stances as ContestingStance[] } : {},
        );
        return { result, text: () => (result.length ? contestedLines(result) : ['no contested claims']) };
      }),
    );

  subcommand(query, 'response-chain', 'what a claim answers and what answers it, transitively, both ways')
    .argument('<claim>', 'claim key or id (aleppo-2016/s9)')
    .option('--depth <n>', 'responds-steps to follow each way (default: all)', depth)
    .addHelpText('after', example('response-chain aleppo-2016/s12'))
    .action((claim: string, options: CommonOptions & { depth?: number }) =>
      run(options, async (source) => {
        const result = await source.responseChain(
          await source.resolveClaim(claim),
          options.depth === undefined ? {} : { depth: options.depth },
        );
        return { result, text: () => chainLines(result) };
      }),
    );

  subcommand(
    query,
    'provenance',
    'where a claim comes from: document, sentence, cue, content, speaker and whom the speaker speaks for',
  )
    .argument('<claim>', 'claim key or id (aleppo-2016/s9)')
    .addHelpText('after', example('provenance aleppo-2016/s9'))
    .action((claim: string, options: CommonOptions) =>
      run(options, async (source) => {
        const result = await source.provenance(await source.resolveClaim(claim));
        return { result, text: () => provenanceLines(result) };
      }),
    );

  const reachCommand = subcommand(
    query,
    'reach',
    'the nodes within some steps of an actor along chosen edge kinds (breadth-first)',
  )
    .argument('<actor>', 'actor key, id, label or alias')
    .option('--edges <kinds>', `edge kinds to follow, comma-separated (default: all: ${EDGE_KINDS.join(',')})`, list)
    .option('--depth <n>', `how many steps, or "all" (default: ${REACH_DEFAULTS.depth})`, depth)
    .addOption(
      new Option(
        '--direction <direction>',
        `along the edges, against them, or both (default: ${REACH_DEFAULTS.direction})`,
      ).choices(DIRECTIONS),
    )
    .addHelpText(
      'after',
      example('reach Lavrov --edges accuses,targets,memberOf --depth 2 --direction out') +
        example('reach Lavrov --limit 100'),
    );
  paged(reachCommand).action(
    (
      actor: string,
      options: CommonOptions & PagedOptions & { edges?: string[]; depth?: number; direction?: Direction },
    ) =>
      run(options, async (source) => {
        const key = await source.resolveActor(actor);
        const walk = {
          ...(options.edges ? { edgeKinds: options.edges as EdgeKind[] } : {}),
          ...(options.depth !== undefined ? { depth: options.depth } : {}),
          ...(options.direction ? { direction: options.direction } : {}),
        };
        if (isPaged(options)) {
          const page = await source.reachPage(key, { ...walk, ...pageOf(options) });
          return {
            result: page,
            text: () => pageLines(page.items.length ? reachLines(page.items) : [], page.next, 'no more nodes'),
          };
        }
        const result = await source.reach(key, walk);
        return { result, text: () => reachLines(result) };
      }),
  );

  subcommand(query, 'path', 'a shortest path between two actors along chosen edge kinds')
    .argument('<from>', 'actor key, id, label or alias')
    .argument('<to>', 'actor key, id, label or alias')
    .option('--edges <kinds>', 'edge kinds the path may use, comma-separated (default: all)', list)
    .option('--directed', 'follow edges only from source to target (default: either way)')
    .addHelpText('after', example('path Lavrov Kerry --edges accuses,denies,responds'))
    .action((from: string, to: string, options: CommonOptions & { edges?: string[]; directed?: boolean }) =>
      run(options, async (corpus) => {
        const [source, target] = [await corpus.resolveActor(from), await corpus.resolveActor(to)];
        const result = await corpus.shortestPath(source, target, {
          ...(options.edges ? { edgeKinds: options.edges as EdgeKind[] } : {}),
          directed: !!options.directed,
        });
        const labels = [await labelOf(corpus, source), await labelOf(corpus, target)];
        const along = `along ${options.edges ? options.edges.join(', ') : 'any edge kind'}${options.directed ? ', following edge directions' : ''}`;
        return {
          result,
          text: () => (result ? pathLines(result) : [`no path from ${labels[0]} to ${labels[1]} ${along}`]),
        };
      }),
    );

  subcommand(query, 'resolve', 'which node a name stands for (key, id, label or alias)')
    .argument('<text>', 'what to look up')
    .addHelpText('after', example('resolve Moscow'))
    .action((text: string, options: CommonOptions) =>
      run(options, async (source) => {
        const key = await source.resolveNode(text);
        const node = await source.node(key);
        const result = { key, kind: node?.kind ?? '', label: node?.label ?? key };
        return { result, text: () => table([[result.key, result.kind, result.label]]) };
      }),
    );
}

function subcommand(parent: Command, name: string, description: string): Command {
  return parent
    .command(name)
    .description(description)
    .option('--json', 'print the result object as JSON')
    .addOption(
      graphOption(
        'graph file to query: GEXF, graphology JSON or statements@1 (repeat to merge several; default: the curated graph)',
      ),
    )
    .option('--store <url>', STORE_HELP);
}

interface PagedOptions {
  limit?: number;
  after?: string;
}

/** --limit and --after: the answer a page at a time (whole documents, at least `limit` items; the store reads only that far). */
function paged(command: Command): Command {
  return command
    .option(
      '--limit <n>',
      `a page of at least n items (1–${PAGE_MAX}; statements and triples come in whole documents); prints the next page's cursor`,
      limit,
    )
    .option('--after <cursor>', 'the page after this cursor (printed with the page before)');
}

const isPaged = (options: PagedOptions) => options.limit !== undefined || options.after !== undefined;
const pageOf = (options: PagedOptions) => ({
  limit: options.limit ?? PAGE_DEFAULT,
  ...(options.after !== undefined ? { after: options.after } : {}),
});

function pageLines(lines: string[], next: string | undefined, none: string): string[] {
  return [...(lines.length ? lines : [none]), next === undefined ? '(last page)' : `next page: --after ${next}`];
}

function limit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > PAGE_MAX)
    throw new InvalidArgumentError(`expected a whole number from 1 to ${PAGE_MAX}`);
  return Number(value);
}

/** What a sub-command answers: the query's result (the --json output) and its text lines. */
interface Answer {
  result: unknown;
  text: () => string[];
}

async function run(options: CommonOptions, answer: (source: ClaimSource) => Promise<Answer>): Promise<void> {
  const { result, text } = await withSource(options, MODULE, answer);
  const output = options.json ? terminalSafeJson(JSON.stringify(result, null, 2)) : printableLines(text());
  await writeStdout(`${output}\n`);
}

async function labelOf(source: ClaimSource, key: string): Promise<string> {
  return (await source.node(key))?.label ?? key;
}

function example(args: string): string {
  return `\nExample:\n  npx claimgraph query ${args}`;
}

/** `a,b` and repeated options both add to the list; the query checks each value. */
function list(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}

function depth(value: string): number {
  if (/^(all|inf|infinity)$/i.test(value)) return Infinity;
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 0 or "all"');
  return Number(value);
}
