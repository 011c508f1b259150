// The sub-commands, in the order `claimgraph --help` lists them: each with its one-line
// summary and a loader of its file, which exports one `register(program)` function. Only the
// command being run is loaded (its file and what it imports: the NLP model for extraction
// only, the graph readers for commands that read graphs); the others are listed by summary.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<{ register: RegisterCommand }>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'extract',
    summary: 'extract who asserted, accused, denied or rejected what from plain-text news articles (statements@1 JSON)',
    load: () => import('./extract.ts'),
  },
  {
    name: 'score',
    summary: 'score extracted statements against gold statements (strict, attributed and loose micro F1)',
    load: () => import('./score.ts'),
  },
  {
    name: 'build',
    summary: 'build a claim graph from statements@1 files (default: the curated graph) and write it',
    load: () => import('./build.ts'),
  },
  {
    name: 'export',
    summary: 'export a claim graph as GEXF, graphology JSON, statements@1, GraphML, CSV or JSON-LD',
    load: () => import('./export.ts'),
  },
  {
    name: 'ingest',
    summary:
      'extract a corpus (directory of .txt, .jsonl, or files) into one graph; re-runs skip documents already ingested',
    load: () => import('./ingest.ts'),
  },
  {
    name: 'corpus',
    summary: 'corpus queries: corroboration, changes of position, the accusation network',
    load: () => import('./corpus.ts'),
  },
  {
    name: 'synth',
    summary: 'generate a synthetic news corpus with its true statements (for tests and benchmarks)',
    load: () => import('./synth.ts'),
  },
  {
    name: 'query',
    summary: 'ask the graph who said what about whom, who contests what, and where a claim comes from',
    load: () => import('./query.ts'),
  },
  {
    name: 'serve',
    summary: 'serve a store over HTTP: search, neighbourhoods, provenance, paths, the actor network (JSON)',
    load: () => import('./serve.ts'),
  },
];

/** A command's one-line summary, for its own file's `.description()`. */
export function summary(name: string): string {
  const entry = COMMANDS.find((command) => command.name === name);
  if (!entry) throw new Error(`claimgraph/cli/commands: no command ${JSON.stringify(name)}`);
  return entry.summary;
}
