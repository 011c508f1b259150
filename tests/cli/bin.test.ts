// The command runs compiled JavaScript (dist-node/, built by `npm ci`), and an edit to src/
// never runs unnoticed against an older build: bin/claimgraph.mjs then says so and runs the
// sources through tsx, or, without tsx, stops and says how to build.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ENTRY, STAMP, staleness } from '../../bin/compiled.mjs';
import { REPO } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';

const run = promisify(execFile);
const freshDir = tempDirs('bin');

/** A package tree: src/cli/main.ts, optionally a build (stamp and entry) of the given age in seconds. */
function tree(options: { build?: number; source?: number; withSources?: boolean } = {}): string {
  const root = freshDir();
  const at = (age: number): Date => new Date(Date.now() - age * 1000);
  if (options.withSources ?? true) {
    mkdirSync(join(root, 'src/cli'), { recursive: true });
    const main = join(root, 'src/cli/main.ts');
    writeFileSync(
      main,
      "export async function main(argv: readonly string[]): Promise<number> { console.log('sources', argv.join(' ')); return 0; }\n",
    );
    utimesSync(main, at(options.source ?? 0), at(options.source ?? 0));
  }
  if (options.build !== undefined) {
    mkdirSync(join(root, 'dist-node/src/cli'), { recursive: true });
    writeFileSync(join(root, ENTRY), "export async function main() { console.log('compiled'); return 0; }\n");
    writeFileSync(join(root, STAMP), 'now\n');
    utimesSync(join(root, STAMP), at(options.build), at(options.build));
  }
  cpSync(join(REPO, 'bin'), join(root, 'bin'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  return root;
}

describe('staleness', () => {
  it.each([
    ['no build', { source: 10 }, 'missing'],
    ['a build newer than every source', { build: 5, source: 10 }, undefined],
    ['a source changed since the build', { build: 10, source: 5 }, 'src/cli/main.ts'],
    ['no sources (an installed package)', { build: 10, withSources: false }, undefined],
  ] as const)('%s → %s', (_name, options, expected) => {
    expect(staleness(tree(options))).toBe(expected);
  });

  it("this checkout's build is fresh (the tests' global set-up builds it)", () => {
    expect(staleness()).toBeUndefined();
  });
});

describe('bin/claimgraph.mjs', () => {
  it('runs the compiled command when the build is fresh, with nothing on stderr', async () => {
    const root = tree({ build: 5, source: 10 });
    expect(await run(process.execPath, [join(root, 'bin/claimgraph.mjs')])).toEqual({
      stdout: 'compiled\n',
      stderr: '',
    });
  });

  it('says that src/ changed and runs the sources through tsx', async () => {
    const root = tree({ build: 10, source: 5 });
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
    const { stdout, stderr } = await run(process.execPath, [join(root, 'bin/claimgraph.mjs'), 'query', 'x']);
    expect(stdout).toBe('sources query x\n');
    expect(stderr).toBe(
      'claimgraph: src/cli/main.ts changed since the last build; running the sources through tsx (slower start). Build with: npm run build:cli\n',
    );
  });

  it('without a build or tsx, stops and says how to build', async () => {
    const root = tree({ source: 5 });
    const failure = await run(process.execPath, [join(root, 'bin/claimgraph.mjs')]).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toBe(
      `claimgraph: the command is not built; build it with: npm run build:cli (in ${root}/)\n`,
    );
  });

  it('in this checkout, runs the compiled command: --help prints the commands and no warning', async () => {
    const { stdout, stderr } = await run(process.execPath, [join(REPO, 'bin/claimgraph.mjs'), '--help']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/Commands:\n {2}extract [^]*\n {2}score [^]*\n {2}query /);
  });
});
