// Runs ../shared/tools/validate-gexf.sh (xmllint against the GEXF 1.3 RelaxNG grammar) on a
// file, and xmllint against the GEXF 1.2draft grammar (gexf.rng and its includes) when a copy
// is at ../shared/gexf-1.2draft or $GEXF_1_2_SCHEMA. graphology-gexf's own parser accepts
// files no conforming XML parser reads, so a JavaScript-only round trip proves nothing: GEXF
// tests go through these. Each skips (one line, `skipReason` / `skip12Reason`) when its
// grammar is absent; when xmllint is missing they skip too, except under CI=true, where the
// tests fail.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOL = fileURLToPath(new URL('../../../../shared/tools/validate-gexf.sh', import.meta.url));
const GRAMMAR_12 = join(
  process.env.GEXF_1_2_SCHEMA ?? fileURLToPath(new URL('../../../../shared/gexf-1.2draft', import.meta.url)),
  'gexf.rng',
);
const hasXmllint = spawnSync('xmllint', ['--version']).error === undefined;
const inCi = process.env.CI === 'true';
const NO_XMLLINT = 'xmllint is not installed (apt-get install -y libxml2-utils)';

export const skipReason: string | undefined = !existsSync(TOOL)
  ? 'GEXF validation skipped: ../shared/tools/validate-gexf.sh is absent'
  : !hasXmllint && !inCi
    ? `GEXF validation skipped: ${NO_XMLLINT}`
    : undefined;

export const skip12Reason: string | undefined = !existsSync(GRAMMAR_12)
  ? `GEXF 1.2 validation skipped: no GEXF 1.2draft grammar at ${GRAMMAR_12} (set GEXF_1_2_SCHEMA to a folder with gexf.rng and its includes)`
  : !hasXmllint && !inCi
    ? `GEXF 1.2 validation skipped: ${NO_XMLLINT}`
    : undefined;

if (skipReason) console.warn(skipReason);
if (skip12Reason) console.warn(skip12Reason);

export interface Validation {
  ok: boolean;
  output: string;
}

export function validateGexf(file: string): Validation {
  if (!hasXmllint) return { ok: false, output: NO_XMLLINT };
  const run = spawnSync('sh', [TOOL, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** Validates against the GEXF 1.2draft grammar, without the xsi:schemaLocation hint it has no place for. */
export function validateGexf12(file: string): Validation {
  if (!hasXmllint) return { ok: false, output: NO_XMLLINT };
  const stripped = `${file}.noxsi.gexf`;
  const xml = readFileSync(file, 'utf8');
  const head = xml
    .slice(0, 1000)
    .replace(/ xsi:schemaLocation="[^"]*"/, '')
    .replace(/ xmlns:xsi="[^"]*"/, '');
  writeFileSync(stripped, head + xml.slice(1000));
  try {
    const run = spawnSync('xmllint', ['--noout', '--stream', '--relaxng', GRAMMAR_12, stripped], { encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.replaceAll(stripped, file).trim() };
  } finally {
    rmSync(stripped, { force: true });
  }
}
