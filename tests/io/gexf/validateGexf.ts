// Runs ../shared/tools/validate-gexf.sh (xmllint against the GEXF 1.3 RelaxNG grammar) on a
// file. graphology-gexf's own parser accepts files no conforming XML parser reads, so a
// JavaScript-only round trip proves nothing: GEXF tests go through this script. It skips
// (one line, `skipReason`) when ../shared/tools is absent; when xmllint is missing it skips
// too, except under CI=true, where the tests fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TOOL = fileURLToPath(new URL('../../../../shared/tools/validate-gexf.sh', import.meta.url));
const hasXmllint = spawnSync('xmllint', ['--version']).error === undefined;
const inCi = process.env.CI === 'true';

export const skipReason: string | undefined = !existsSync(TOOL)
  ? 'GEXF validation skipped: ../shared/tools/validate-gexf.sh is absent'
  : !hasXmllint && !inCi
    ? 'GEXF validation skipped: xmllint is not installed (apt-get install -y libxml2-utils)'
    : undefined;

if (skipReason) console.warn(skipReason);

export interface Validation {
  ok: boolean;
  output: string;
}

export function validateGexf(file: string): Validation {
  if (!hasXmllint) return { ok: false, output: 'xmllint is not installed (apt-get install -y libxml2-utils)' };
  const run = spawnSync('sh', [TOOL, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
