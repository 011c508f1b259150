// GEXF round trips: export → validate-gexf.sh (xmllint, GEXF 1.3 grammar) → import →
// toStatements deep-equals the original, for the curated graph, a graph of hostile strings
// and generated graphs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { write } from 'graphology-gexf';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { gexfToGraph, graphToGexf } from '../../../src/io/gexf/index.ts';
import { buildGraph, toStatements } from '../../../src/model/index.ts';
import { statementsFile } from '../../model/arbitraries.ts';
import { HOSTILE_STATEMENTS } from './hostileGraph.ts';
import { skipReason, validateGexf } from './validateGexf.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-gexf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function writeTemp(xml: string): string {
  const file = join(dir, `graph-${files++}.gexf`);
  writeFileSync(file, xml);
  return file;
}

describe('GEXF round trip in JavaScript', () => {
  it('gives back the curated statements', async () => {
    const graph = await loadDefaultGraph();
    expect(toStatements(gexfToGraph(graphToGexf(graph)))).toStrictEqual(toStatements(graph));
  });

  it('gives back hostile strings exactly', () => {
    const graph = buildGraph(HOSTILE_STATEMENTS);
    expect(toStatements(gexfToGraph(graphToGexf(graph)))).toStrictEqual(HOSTILE_STATEMENTS);
  });

  it('gives back generated statement sets (plain and hostile)', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((hostile) => statementsFile({ hostile })),
        (data) => {
          expect(toStatements(gexfToGraph(graphToGexf(buildGraph(data))))).toStrictEqual(data);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes no character XML 1.0 forbids, raw or as a reference', () => {
    const xml = graphToGexf(buildGraph(HOSTILE_STATEMENTS));
    expect(xml).not.toMatch(
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
    expect(xml).not.toMatch(/&#x?0*([0-8BCEF]|1[0-9A-F]);/i);
  });
});

describe.skipIf(skipReason !== undefined)('GEXF files validated by xmllint (validate-gexf.sh)', () => {
  it('regression: graphology-gexf alone writes control characters raw, which the validator rejects', () => {
    const graph = buildGraph(HOSTILE_STATEMENTS);
    const raw = writeTemp(write(graph, { version: '1.3' }));
    expect(validateGexf(raw).ok).toBe(false);
  });

  it.each([
    ['the curated graph', async () => loadDefaultGraph()],
    ['the hostile-strings graph', async () => buildGraph(HOSTILE_STATEMENTS)],
  ])('%s: export validates and imports back to the same statements', async (_name, load) => {
    const graph = await load();
    const file = writeTemp(graphToGexf(graph));
    const validation = validateGexf(file);
    expect(validation.output).toBe(`${file} validates`);
    expect(validation.ok).toBe(true);
    expect(toStatements(gexfToGraph(readFileSync(file, 'utf8')))).toStrictEqual(toStatements(graph));
  });

  it('generated hostile graphs validate', () => {
    fc.assert(
      fc.property(statementsFile({ hostile: true, maxStatements: 4 }), (data) => {
        const file = writeTemp(graphToGexf(buildGraph(data)));
        expect(validateGexf(file)).toEqual({ ok: true, output: `${file} validates` });
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
