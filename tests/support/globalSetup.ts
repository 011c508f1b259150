// Before any test: the compiled command (dist-node/) must match src/, since the tests that run
// `bin/claimgraph.mjs` as a user does test the compiled JavaScript. A stale or missing build is
// rebuilt here (`npm run build:cli`, as `npm ci` does), so that an edit to src/ is never tested
// against an older build.
import { execFileSync } from 'node:child_process';
import { ROOT, staleness } from '../../bin/compiled.mjs';

export default function setup(): void {
  const stale = staleness();
  if (stale === undefined) return;
  console.log(`claimgraph tests: ${stale === 'missing' ? 'no build' : `${stale} changed`}; npm run build:cli`);
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
}
