// The sub-commands, in the order `claimgraph --help` lists them. Each file exports one
// `register(program)` function.
import type { Command } from 'commander';
import { register as extract } from './extract.ts';
import { register as score } from './score.ts';
import { register as build } from './build.ts';
import { register as exportGraph } from './export.ts';
import { register as corpus } from './corpus.ts';
import { register as ingest } from './ingest.ts';
import { register as synth } from './synth.ts';
import { register as query } from './query.ts';
import { register as serve } from './serve.ts';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: readonly RegisterCommand[] = [
  extract,
  score,
  build,
  exportGraph,
  ingest,
  corpus,
  synth,
  query,
  serve,
];
