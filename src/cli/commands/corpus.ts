// `claimgraph corpus <query> --graph CORPUS [--json]`: the corpus queries on a graph made by
// `claimgraph ingest`: corroboration of claims (how many documents and outlets, which first),
// changes of position (asserted, later denied) and the accusation network (also as GEXF).
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { readFile } from 'node:fs/promises';
import { checkAnswers, type SynthTruth } from '../../synth/index.ts';
import { InputError } from '../../errors.ts';
import {
  accusationNetwork,
  accusationNetworkToGexf,
  actorNetwork,
  actorNetworkToGexf,
  COUNTERPART_RULES,
  corroboration,
  corroborations,
  positionChanges,
  type ClaimReport,
  type Corroboration,
} from '../../corpus/queries/index.ts';
import { writeFileAtomic } from '../../io/files/atomicWrite.ts';
import { writeStdout } from '../output/stdout.ts';
import { printableLines, terminalSafeJson } from '../output/terminal.ts';
import { readGraphFile } from '../../io/graphFile.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import { addGexfVersionOption } from '../options/writeOptions.ts';
import { STANCES, type ClaimGraph, type Stance } from '../../model/index.ts';
import { resolveActor, resolveClaim } from '../../query/index.ts';

interface Common {
  graph: string;
  json?: boolean;
}

function stanceList(value: string): Stance[] {
  const list = value.split(',').map((item) => item.trim());
  const bad = list.find((item) => !(STANCES as readonly string[]).includes(item));
  if (bad !== undefined)
    throw new InvalidArgumentError(`unknown stance ${JSON.stringify(bad)} (expected ${STANCES.join(', ')})`);
  return list as Stance[];
}

const READS = new Map(COUNTERPART_RULES.map((rule) => [rule.stance, rule.reads]));

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number ≥ 1, got ${JSON.stringify(value)}`);
  return n;
}

const label = (graph: ClaimGraph, key: string): string =>
  graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
const where = (r: ClaimReport): string =>
  `${r.doc}${r.published ? ` (${r.published}${r.outlet ? `, ${r.outlet}` : ''})` : r.outlet ? ` (${r.outlet})` : ''}`;

function corroborationLines(graph: ClaimGraph, c: Corroboration): string[] {
  return [
    `${label(graph, c.speaker)} ${c.stance}: "${c.text}"`,
    `  ${c.documents} document${c.documents === 1 ? '' : 's'}, ${c.outlets} outlet${c.outlets === 1 ? '' : 's'}; first: ${where(c.first)}`,
    ...c.reports.map((r) => `  - ${r.claim} in ${where(r)}`),
  ];
}

async function run(
  options: Common,
  answer: (
    graph: ClaimGraph,
  ) => { result: unknown; lines: () => string[] } | Promise<{ result: unknown; lines: () => string[] }>,
): Promise<void> {
  const graph = await readGraphFile(options.graph);
  const { result, lines } = await answer(graph);
  await writeStdout(`${options.json ? terminalSafeJson(JSON.stringify(result, null, 2)) : printableLines(lines())}\n`);
}

function sub(parent: Command, name: string, description: string): Command {
  return parent
    .command(name)
    .description(description)
    .requiredOption('-g, --graph <file>', 'the corpus graph (.gexf, .json or .statements.json from claimgraph ingest)')
    .option('--json', 'the result as JSON');
}

export function register(program: Command): void {
  const corpus = program
    .command('corpus')
    .description('corpus queries: corroboration, changes of position, the accusation network');

  sub(
    corpus,
    'corroboration',
    'how many documents report a claim and which was first; without a claim, the most corroborated claims',
  )
    .argument('[claim]', 'claim key or id (a00012/s40)')
    .option('--min <n>', 'without a claim: only claims reported by at least n documents (default 2)', count)
    .option('--limit <n>', 'without a claim: show the first n (default 20)', count)
    .action((claim: string | undefined, options: Common & { min?: number; limit?: number }) =>
      run(options, (graph) => {
        if (claim !== undefined) {
          const result = corroboration(graph, resolveClaim(graph, claim));
          return { result, lines: () => corroborationLines(graph, result) };
        }
        const result = corroborations(graph, { minDocuments: options.min ?? 2 }).slice(0, options.limit ?? 20);
        return {
          result,
          lines: () =>
            result.length
              ? result.flatMap((c) => corroborationLines(graph, c))
              : ['no claim is reported by several documents'],
        };
      }),
    );

  sub(corpus, 'changes', 'who changed position: asserted something, then denied it in a later document')
    .argument('[actor]', 'only this actor (key, id, label or alias)')
    .action((actor: string | undefined, options: Common) =>
      run(options, (graph) => {
        const result = positionChanges(graph, actor === undefined ? {} : { actor: resolveActor(graph, actor) });
        return {
          result,
          lines: () =>
            result.length
              ? result.map(
                  (c) =>
                    `${label(graph, c.actor)} denied "${c.text}" in ${where(c.denial)} after asserting it in ${c.assertions.map(where).join(', ')}`,
                )
              : ['no change of position found'],
        };
      }),
    );

  sub(
    corpus,
    'check',
    'compare the corpus queries with the known answers of a generated corpus (OUT.answers.json of claimgraph synth)',
  )
    .requiredOption('--answers <file>', 'the answers file written by claimgraph synth')
    .action((options: Common & { answers: string }) =>
      run(options, async (graph) => {
        let truth: SynthTruth;
        try {
          truth = JSON.parse(await readFile(options.answers, 'utf8')) as SynthTruth;
        } catch (cause) {
          throw new InputError(
            'claimgraph/cli/corpus',
            `cannot read the answers ${options.answers}: ${cause instanceof Error ? cause.message : String(cause)}`,
            options.answers,
          );
        }
        if (
          !Array.isArray(truth?.clusters) ||
          !Array.isArray(truth.positionChanges) ||
          !Array.isArray(truth.accusations)
        ) {
          throw new InputError(
            'claimgraph/cli/corpus',
            `${options.answers} is not an answers file of claimgraph synth (clusters, positionChanges, accusations)`,
            options.answers,
          );
        }
        const result = checkAnswers(graph, truth);
        return {
          result,
          lines: () =>
            Object.entries(result).map(
              ([name, c]) =>
                `${name}: ${c.matched} of ${c.expected} expected answers found exactly; ${c.found - c.matched} of ${c.found} found answers are not expected`,
            ),
        };
      }),
    );

  addGexfVersionOption(
    sub(corpus, 'accusations', 'who accuses whom, with counts; --gexf writes the network as GEXF')
      .option('--min <n>', 'only links of at least n accusation statements', count)
      .option('--gexf <file>', 'also write the network as GEXF (atomically)'),
  )
    .option('--limit <n>', 'show the first n links (default 30)', count)
    .action((options: Common & { min?: number; gexf?: string; gexfVersion?: GexfVersion; limit?: number }) =>
      run(options, async (graph) => {
        const network = accusationNetwork(graph, { minStatements: options.min ?? 1 });
        if (options.gexf)
          await writeFileAtomic(options.gexf, accusationNetworkToGexf(network, { version: options.gexfVersion }));
        const links = network
          .mapEdges((_e, a, from, to) => ({
            from,
            to,
            statements: a.statements,
            claims: a.claims,
            documents: a.documents,
          }))
          .sort((a, b) => b.statements - a.statements || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
        return {
          result: links,
          lines: () => [
            `${network.order} actors, ${network.size} accuser → accused links${options.gexf ? `; GEXF written to ${options.gexf}` : ''}`,
            ...links
              .slice(0, options.limit ?? 30)
              .map(
                (l) =>
                  `${label(graph, l.from)} → ${label(graph, l.to)}: ${l.statements} statements, ${l.claims} distinct accusations, ${l.documents} documents`,
              ),
          ],
        };
      }),
    );

  addGexfVersionOption(
    sub(
      corpus,
      'actors',
      'the actor network: who accuses, denies, rejects or asserts about whom, with statement counts',
    )
      .option('--stances <list>', `only these stances (${STANCES.join(',')})`, stanceList)
      .option('--from <date>', 'only statements published on or after this day (2016-12-01, "Dec. 1, 2016", …)')
      .option('--to <date>', 'only statements published on or before this day')
      .option('--min <n>', 'only edges of at least n statements', count)
      .option('--gexf <file>', 'also write the network as GEXF (atomically)'),
  )
    .option('--limit <n>', 'show the first n edges (default 30)', count)
    .action(
      (
        options: Common & {
          stances?: Stance[];
          from?: string;
          to?: string;
          min?: number;
          gexf?: string;
          gexfVersion?: GexfVersion;
          limit?: number;
        },
      ) =>
        run(options, async (graph) => {
          const network = actorNetwork(graph, {
            ...(options.stances ? { stances: options.stances } : {}),
            ...(options.from !== undefined ? { from: options.from } : {}),
            ...(options.to !== undefined ? { to: options.to } : {}),
            minStatements: options.min ?? 1,
          });
          if (options.gexf)
            await writeFileAtomic(options.gexf, actorNetworkToGexf(network, { version: options.gexfVersion }));
          const links = network
            .mapEdges((key, a, from, to) => ({ key, from, to, ...a }))
            .sort((a, b) => b.statements - a.statements || a.key.localeCompare(b.key));
          const actors = network
            .mapNodes((key, a) => ({ key, ...a }))
            .sort((a, b) => b.made + b.received - (a.made + a.received) || a.key.localeCompare(b.key));
          return {
            result: { actors, links },
            lines: () => [
              `${network.order} actor${network.order === 1 ? '' : 's'}, ${network.size} edge${network.size === 1 ? '' : 's'}${options.gexf ? `; GEXF written to ${options.gexf}` : ''}`,
              ...links
                .slice(0, options.limit ?? 30)
                .map(
                  (l) =>
                    `${label(graph, l.from)} ${READS.get(l.stance)} ${label(graph, l.to)}: ${l.statements} statement${l.statements === 1 ? '' : 's'}, ${l.documents} document${l.documents === 1 ? '' : 's'}`,
                ),
            ],
          };
        }),
    );
}
