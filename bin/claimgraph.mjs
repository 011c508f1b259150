#!/usr/bin/env node
// The `claimgraph` command. It runs the compiled JavaScript in dist-node/ (no TypeScript
// compiler at run time), which `npm ci` builds (the `prepare` script: `npm run build:cli`).
// When src/ has changed since that build (a developer at work), it says so on stderr and runs
// the sources through tsx, a development dependency, so that what runs is what src/ holds; with
// neither a fresh build nor tsx it stops and says how to build. CLAIMGRAPH_FROM_SOURCES=1 runs the
// sources through tsx whatever the build, silently (the old start-up: npm run bench -- startup).
import { ENTRY, ROOT, staleness } from './compiled.mjs';

const forced = process.env.CLAIMGRAPH_FROM_SOURCES === '1';
const stale = forced ? undefined : staleness();
let main;
if (!forced && stale === undefined) {
  ({ main } = await import(new URL(`../${ENTRY}`, import.meta.url).href));
} else {
  const why = forced
    ? 'CLAIMGRAPH_FROM_SOURCES=1 asks for the sources'
    : stale === 'missing'
      ? 'the command is not built'
      : `${stale} changed since the last build`;
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(`claimgraph: ${why}; build it with: npm run build:cli (in ${ROOT})\n`);
    process.exit(1);
  }
  if (!forced)
    process.stderr.write(
      `claimgraph: ${why}; running the sources through tsx (slower start). Build with: npm run build:cli\n`,
    );
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
