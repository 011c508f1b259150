// Golden file: the curated graph exported as GEXF, compared byte for byte. After an
// intended change of the output, regenerate it with
//   UPDATE_GOLDEN=1 npx vitest run tests/io/gexf/golden.test.ts
// and review the diff of tests/golden/aleppo-2016.gexf.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { graphToGexf } from '../../../src/io/gexf/index.ts';
import { skipReason, validateGexf } from './validateGexf.ts';

const GOLDEN = fileURLToPath(new URL('../../golden/aleppo-2016.gexf', import.meta.url));

describe('golden GEXF of the curated graph', () => {
  it('matches tests/golden/aleppo-2016.gexf byte for byte', async () => {
    const xml = graphToGexf(await loadDefaultGraph());
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, xml);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing; run with UPDATE_GOLDEN=1 to create it`).toBe(true);
    expect(xml).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(Buffer.from(xml, 'utf8').equals(readFileSync(GOLDEN))).toBe(true);
  });

  it.skipIf(skipReason !== undefined)('the golden file validates against GEXF 1.3', () => {
    expect(validateGexf(GOLDEN)).toEqual({ ok: true, output: `${GOLDEN} validates` });
  });
});
