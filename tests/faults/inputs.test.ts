// Every input fault of table.ts on every command that reads a file, in-process: the
// documented exit status, one line on stderr, no output created, an earlier output untouched
// and no temporary, lock or cache file left behind. A good input beside the bad one, for the
// commands that leave bad inputs out (extract, ingest), gives status 3 and writes the rest.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/output/exitStatus.ts';
import { runCli } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';
import { COMMANDS, GOOD_STATEMENTS, INPUT_FAULTS, goodInput, type CommandCase } from './table.ts';

const fresh = tempDirs('faults-inputs');
const OLD = 'an earlier output, to be left as it was\n';

/** A fresh folder with the score command's gold file and an earlier output. */
function setUp(command: CommandCase): string {
  const dir = fresh();
  writeFileSync(`${dir}/gold.json`, GOOD_STATEMENTS);
  if (command.output) writeFileSync(command.output(dir), command.earlier ?? OLD);
  return dir;
}

const readers = COMMANDS.filter((c) => c.reads);

describe.each(readers)('$name', (command) => {
  const kind = command.reads as NonNullable<CommandCase['reads']>;

  it.each(INPUT_FAULTS)('$name input', async (fault) => {
    const dir = setUp(command);
    const before = readdirSync(dir).sort();
    const input = fault.make(dir, kind);
    const expected = fault.status?.[command.name] ?? EXIT.failed;
    const result = await runCli(...command.args(input, dir));
    expect(result.code, result.stderr).toBe(expected);
    if (expected === EXIT.failed) {
      expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(1);
      if (fault.says) expect(result.stderr).toMatch(fault.says);
      expect(result.stdout).toBe('');
      if (command.output) expect(readFileSync(command.output(dir), 'utf8')).toBe(command.earlier ?? OLD);
      // the bad input may be new in the folder, nothing else
      const added = readdirSync(dir).filter((f) => !before.includes(f));
      expect(added.filter((f) => !input.endsWith(f) && f !== 'folder')).toEqual([]);
    } else {
      expect(result.stderr).toBe('');
      if (command.output) expect(readFileSync(command.output(dir), 'utf8')).not.toBe(command.earlier ?? OLD);
    }
  });
});

describe.each(readers.filter((c) => c.name === 'extract' || c.name === 'ingest'))(
  '$name, a bad input beside a good one',
  (command) => {
    const kind = command.reads as NonNullable<CommandCase['reads']>;

    it.each(INPUT_FAULTS.filter((f) => (f.status?.[command.name] ?? EXIT.failed) === EXIT.failed))(
      '$name: left out and named, the rest written, status 3',
      async (fault) => {
        const dir = setUp(command);
        const bad = fault.make(dir, kind);
        const goodDir = `${dir}/good`;
        const good = goodInput(fresh(), kind);
        const args = command.args(bad, dir);
        args.splice(args.indexOf(bad) + 1, 0, good);
        const result = await runCli(...args);
        expect(result.code, result.stderr).toBe(EXIT['left-out']);
        expect(result.stderr).toContain(`left out ${bad}`);
        expect(result.stderr).toMatch(/1 of 2 \w+ left out \(named above\); the rest is written/);
        const output = JSON.parse(readFileSync((command.output as (d: string) => string)(dir), 'utf8')) as {
          documents: unknown[];
        };
        expect(output.documents).toHaveLength(1);
        expect(existsSync(goodDir)).toBe(false);
      },
    );
  },
);
