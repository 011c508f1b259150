// buildGraph → toStatements gives back exactly the statements it was given (SPEC.md §2:
// the graph is a lossless projection of statements@1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, toStatements, validateStatements } from '../../src/model/index.ts';
import { loadDefaultStatements } from '../../src/io/defaultGraph.ts';
import { statementsFile } from './arbitraries.ts';

describe('buildGraph → toStatements', () => {
  it('generated files are valid (the property below is not vacuous)', () => {
    fc.assert(
      fc.property(statementsFile({ hostile: true }), (data) => {
        expect(validateStatements(data).problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['plain', false],
    ['hostile strings', true],
  ])('gives back the same statements (%s)', (_name, hostile) => {
    fc.assert(
      fc.property(statementsFile({ hostile }), (data) => {
        expect(toStatements(buildGraph(data))).toStrictEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the curated statements', async () => {
    const [curated] = await loadDefaultStatements();
    expect(toStatements(buildGraph(curated!.data))).toStrictEqual(curated!.data);
  });
});
