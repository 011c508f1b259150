// The fault-injection table: every command that reads or writes files, and the same list of
// bad inputs and faults tried on each. The test files in this folder loop over these tables:
//   inputs.test.ts      every input fault × every command, in-process (runCli)
//   fullDisk.test.ts    a real full disk (a small tmpfs) for every command that writes
//   shortWrites.test.ts a write that fails at each chunk boundary, for every command that writes
//   processes.test.ts   real processes: a kill at each stage, two writers at once, a closed pipe
// Each case asserts the documented exit status, one line on stderr, no partial or temporary
// file, and an earlier output left as it was. To cover a new command, add it to COMMANDS; to
// try a new fault, add it to INPUT_FAULTS with the status every command must give.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATEMENTS_FORMAT } from '../../src/model/index.ts';

/** What a command reads as its one input. */
export type InputKind = 'text' | 'corpus' | 'graph' | 'statements';

export interface CommandCase {
  name: string;
  /** The kind of input it reads. */
  reads?: InputKind;
  /** Its command line, reading `input` and writing (when it writes) into `dir`. */
  args: (input: string, dir: string) => string[];
  /** The file it writes, if any (an earlier one must survive a failure). */
  output?: (dir: string) => string;
  /** What an earlier output holds; default a line of text (ingest reads its earlier output back). */
  earlier?: string;
}

const ARTICLE =
  'Russia accused the United States of backtracking on the agreement. The United States denied the charge.\n';

/** A small statements@1 set with its text: a valid graph input. */
export const GOOD_STATEMENTS = JSON.stringify({
  format: STATEMENTS_FORMAT,
  documents: [{ id: 'd1', text: 'Moscow said it would stay.' }],
  actors: [{ id: 'russia', label: 'Russia', kind: 'state', aliases: ['Moscow'] }],
  statements: [
    {
      id: 's1',
      doc: 'd1',
      speaker: 'russia',
      stance: 'asserts',
      cue: { start: 7, end: 11, text: 'said' },
      content: { start: 12, end: 25, text: 'it would stay' },
      evidence: { start: 0, end: 26, text: 'Moscow said it would stay.' },
      targets: [],
      about: ['russia'],
      responds: [],
    },
  ],
});

/** A valid input of each kind, and the name a file of that kind has. */
export const GOOD_INPUT: Record<InputKind, { name: string; content: string }> = {
  text: { name: 'article.txt', content: ARTICLE },
  corpus: { name: 'corpus.jsonl', content: `${JSON.stringify({ id: 'a1', text: ARTICLE })}\n` },
  graph: { name: 'graph.statements.json', content: GOOD_STATEMENTS },
  statements: { name: 'system.json', content: GOOD_STATEMENTS },
};

export const COMMANDS: CommandCase[] = [
  {
    name: 'extract',
    reads: 'text',
    args: (i, d) => ['extract', i, '-o', join(d, 'out.json')],
    output: (d) => join(d, 'out.json'),
  },
  {
    name: 'ingest',
    reads: 'corpus',
    args: (i, d) => ['ingest', i, '-o', join(d, 'out.statements.json'), '--workers', '0', '--no-progress'],
    output: (d) => join(d, 'out.statements.json'),
    earlier: GOOD_STATEMENTS,
  },
  {
    name: 'build',
    reads: 'graph',
    args: (i, d) => ['build', i, '-o', join(d, 'out.gexf')],
    output: (d) => join(d, 'out.gexf'),
  },
  {
    name: 'export',
    reads: 'graph',
    args: (i, d) => ['export', '--graph', i, '--format', 'json', '-o', join(d, 'out.json')],
    output: (d) => join(d, 'out.json'),
  },
  { name: 'query', reads: 'graph', args: (i) => ['query', 'triples', '--graph', i] },
  { name: 'corpus', reads: 'graph', args: (i) => ['corpus', 'changes', '-g', i] },
  { name: 'score', reads: 'statements', args: (i, d) => ['score', join(d, 'gold.json'), i] },
  {
    name: 'synth',
    args: (_i, d) => ['synth', '--articles', '40', '-o', join(d, 'out.jsonl')],
    output: (d) => join(d, 'out.jsonl'),
  },
];

export interface InputFault {
  name: string;
  /** Makes the bad input in `dir` (a fresh folder) for a command reading `kind`; returns its path. */
  make: (dir: string, kind: InputKind) => string;
  /** The exit status each command gives; a command not listed gives `failed` (1). */
  status?: Partial<Record<string, number>>;
  /** What the one line on stderr says, when it is the same for every command. */
  says?: RegExp;
}

const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

export const INPUT_FAULTS: InputFault[] = [
  { name: 'missing', make: (dir) => join(dir, 'missing.txt'), says: /no such file/ },
  {
    name: 'directory',
    make: (dir, kind) => {
      mkdirSync(join(dir, kind === 'corpus' ? 'empty-folder' : 'folder.txt'));
      return join(dir, kind === 'corpus' ? 'empty-folder' : 'folder.txt');
    },
  },
  {
    name: 'empty',
    make: (dir, kind) => {
      writeFileSync(join(dir, GOOD_INPUT[kind].name), '');
      return join(dir, GOOD_INPUT[kind].name);
    },
  },
  {
    name: 'binary',
    make: (dir, kind) => {
      writeFileSync(join(dir, GOOD_INPUT[kind].name), Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x7d]));
      return join(dir, GOOD_INPUT[kind].name);
    },
  },
  {
    name: 'invalid UTF-8',
    make: (dir, kind) => {
      const good = GOOD_INPUT[kind].content;
      // a Latin-1 é inside the text
      const at = good.indexOf('Russia') >= 0 ? good.indexOf('Russia') : good.indexOf('Moscow');
      writeFileSync(
        join(dir, GOOD_INPUT[kind].name),
        Buffer.concat([Buffer.from(good.slice(0, at)), Buffer.from([0xe9]), Buffer.from(good.slice(at))]),
      );
      return join(dir, GOOD_INPUT[kind].name);
    },
    says: /not valid UTF-8/,
  },
  { name: 'device', make: () => '/dev/zero', says: /character device/ },
  {
    name: 'named pipe',
    make: (dir, kind) => {
      const path = join(dir, GOOD_INPUT[kind].name);
      execFileSync('mkfifo', [path]);
      return path;
    },
    says: /pipe/,
  },
  {
    // a link out of the folder to a good input: a directory given to ingest does not follow it;
    // a file named on the command line is read where it leads, as the user asked
    name: 'symlink out',
    make: (dir, kind) => {
      const outside = join(dir, '..', `outside-${kind}-${GOOD_INPUT[kind].name}`);
      writeFileSync(outside, kind === 'corpus' ? ARTICLE : GOOD_INPUT[kind].content);
      const folder = join(dir, 'folder');
      mkdirSync(folder);
      symlinkSync(outside, join(folder, kind === 'corpus' ? 'linked.txt' : GOOD_INPUT[kind].name));
      return kind === 'corpus' ? folder : join(folder, GOOD_INPUT[kind].name);
    },
    status: { extract: 0, build: 0, export: 0, query: 0, corpus: 0, score: 0 },
  },
  {
    name: 'too deep',
    make: (dir, kind) => {
      const path = join(dir, GOOD_INPUT[kind].name);
      const levels = 100_000;
      writeFileSync(
        path,
        kind === 'corpus'
          ? `{"id":${deep(levels)},"text":"x"}\n`
          : kind === 'text'
            ? deep(levels)
            : `{"format":"${STATEMENTS_FORMAT}","documents":${deep(levels)},"actors":[],"statements":[]}`,
      );
      return path;
    },
    // as text, brackets are words like others: an article with nothing attributed in it
    status: { extract: 0 },
  },
  {
    name: 'too big',
    make: (dir, kind) => {
      const path = join(dir, GOOD_INPUT[kind].name);
      writeFileSync(path, '');
      // sparse: instant, takes no disk; over every limit (256 MiB a file, 10 MiB an article)
      truncateSync(path, 300 * 2 ** 20);
      return path;
    },
  },
];

/** Writes the valid input of `kind` into `dir` and returns its path. */
export function goodInput(dir: string, kind: InputKind): string {
  const path = join(dir, GOOD_INPUT[kind].name);
  writeFileSync(path, GOOD_INPUT[kind].content);
  return path;
}
