#!/usr/bin/env node
// `npm run bench [-- NAME...]`: runs each bench/*.bench.ts (or the ones named) in its own
// Node process, one after the other, so that timings and peak memory of one benchmark are
// not disturbed by another. Each benchmark prints its own table.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('../bench/', import.meta.url));
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
// names choose benchmarks; flags go to each, with the value that follows one (`--articles 2000`)
// unless that value names a benchmark
const wanted = [];
const flags = [];
const args = process.argv.slice(2);
args.forEach((arg, i) => {
  const after = args[i - 1];
  const isValue = after?.startsWith('-') && !after.includes('=') && !all.some((f) => f.startsWith(arg));
  if (arg.startsWith('-') || isValue) flags.push(arg);
  else wanted.push(arg);
});
const chosen = wanted.length ? all.filter((f) => wanted.some((w) => f.startsWith(w))) : all;
if (!chosen.length) {
  console.error(`bench: no benchmark matches ${wanted.join(', ')} (have: ${all.join(', ')})`);
  process.exit(2);
}
let failed = 0;
for (const file of chosen) {
  console.log(`\n== ${file} ==`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, file), ...flags], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed++;
    console.error(`bench: ${file} failed (exit ${run.status ?? run.signal})`);
  }
}
process.exit(failed ? 1 : 0);
