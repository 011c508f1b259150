// `claimgraph corpus <query> --graph CORPUS [--json]`: the corpus queries on a graph made by
// `claimgraph ingest`: corroboration of claims (how many documents and outlets, which first),
// changes of position (asserted, later denied) and the accusation network (also as GEXF).
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { readFile } from 'node:fs/promises';
import { compareAnswers, type SynthTruth } from '../../synth/index.ts';
import { InputError } from '../../errors.ts';
import {
  accusationNetworkToGexf,
  actorNetworkToGexf,
  COUNTERPART_RULES,
  type ClaimReport,
  type Corroboration,
} from '../../corpus/queries/index.ts';
import { writeFileAtomic } from '../../io/files/atomicWrite.ts';
import { writeStdout } from '../output/stdout.ts';
import { printableLines, terminalSafeJson } from '../output/terminal.ts';
import type { GexfVersion } from '../../io/gexf/index.ts';
import { addGexfVersionOption } from '../options/writeOptions.ts';
import { STANCES, type Stance } from '../../model/index.ts';
import type { ClaimSource } from '../../store/source.ts';
import { STORE_HELP, withSource } from '../source.ts';
import { summary } from './index.ts';

const MODULE = 'claimgraph/cli/corpus';

interface Common {
  graph?: string;
  store?: string;
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

/** The labels of the keys, read once each. */
async function labels(source: ClaimSource, keys: Iterable<string>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const key of keys) if (!found.has(key)) found.set(key, (await source.node(key))?.label ?? key);
  return found;
}
const where = (r: ClaimReport): string =>
  `${r.doc}${r.published ? ` (${r.published}${r.outlet ? `, ${r.outlet}` : ''})` : r.outlet ? ` (${r.outlet})` : ''}`;

function corroborationLines(names: Map<string, string>, c: Corroboration): string[] {
  return [
    `${names.get(c.speaker) ?? c.speaker} ${c.stance}: "${c.text}"`,
    `  ${c.documents} document${c.documents === 1 ? '' : 's'}, ${c.outlets} outlet${c.outlets === 1 ? '' : 's'}; first: ${where(c.first)}`,
    ...c.reports.map((r) => `  - ${r.claim} in ${where(r)}`),
  ];
}

async function run(
  options: Common,
  answer: (source: ClaimSource) => Promise<{ result: unknown; lines: () => string[] }>,
): Promise<void> {
  if ((options.graph === undefined) === (options.store === undefined))
    throw new InputError(MODULE, 'give the corpus as -g FILE or --store URL (one of them)');
  const { result, lines } = await withSource(
    { graph: options.graph === undefined ? undefined : [options.graph], store: options.store },
    MODULE,
    answer,
  );
  await writeStdout(`${options.json ? terminalSafeJson(JSON.stringify(result, null, 2)) : printableLines(lines())}\n`);
}

function sub(parent: Command, name: string, description: string): Command {
  return parent
    .command(name)
    .description(description)
    .option('-g, --graph <file>', 'the corpus graph (.gexf, .json or .statements.json from claimgraph ingest)')
    .option('--store <url>', STORE_HELP)
    .option('--json', 'the result as JSON');
}

export function register(program: Command): void {
  const corpus = program.command('corpus').description(summary('corpus'));

  sub(
    corpus,
    'corroboration',
    'how many documents report a claim and which was first; without a claim, the most corroborated claims',
  )
    .argument('[claim]', 'claim key or id (a00012/s40)')
    .option('--min <n>', 'without a claim: only claims reported by at least n documents (default 2)', count)
    .option('--limit <n>', 'without a claim: show the first n (default 20)', count)
    .action((claim: string | undefined, options: Common & { min?: number; limit?: number }) =>
      run(options, async (source) => {
        if (claim !== undefined) {
          const result = await source.corroboration(await source.resolveClaim(claim));
          const names = await labels(source, [result.speaker]);
          return { result, lines: () => corroborationLines(names, result) };
        }
        const result = (await source.corroborations({ minDocuments: options.min ?? 2 })).slice(0, options.limit ?? 20);
        const names = await labels(
          source,
          result.map((c) => c.speaker),
        );
        return {
          result,
          lines: () =>
            result.length
              ? result.flatMap((c) => corroborationLines(names, c))
              : ['no claim is reported by several documents'],
        };
      }),
    );

  sub(corpus, 'changes', 'who changed position: asserted something, then denied it in a later document')
    .argument('[actor]', 'only this actor (key, id, label or alias)')
    .action((actor: string | undefined, options: Common) =>
      run(options, async (source) => {
        const result = await source.positionChanges(
          actor === undefined ? {} : { actor: await source.resolveActor(actor) },
        );
        const names = await labels(
          source,
          result.map((c) => c.actor),
        );
        return {
          result,
          lines: () =>
            result.length
              ? result.map(
                  (c) =>
                    `${names.get(c.actor) ?? c.actor} denied "${c.text}" in ${where(c.denial)} after asserting it in ${c.assertions.map(where).join(', ')}`,
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
      run(options, async (source) => {
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
        const result = compareAnswers(
          {
            clusters: await source.corroborations({ minDocuments: 2 }),
            changes: await source.positionChanges(),
            network: await source.accusationNetwork(),
          },
          truth,
        );
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
      run(options, async (source) => {
        const network = await source.accusationNetwork({ minStatements: options.min ?? 1 });
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
                  `${network.getNodeAttribute(l.from, 'label')} → ${network.getNodeAttribute(l.to, 'label')}: ${l.statements} statements, ${l.claims} distinct accusations, ${l.documents} documents`,
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
        run(options, async (source) => {
          const network = await source.actorNetwork({
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
                    `${network.getNodeAttribute(l.from, 'label')} ${READS.get(l.stance)} ${network.getNodeAttribute(l.to, 'label')}: ${l.statements} statement${l.statements === 1 ? '' : 's'}, ${l.documents} document${l.documents === 1 ? '' : 's'}`,
                ),
            ],
          };
        }),
    );
}
