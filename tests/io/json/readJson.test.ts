// The streaming JSON readers: graphology JSON and statements@1 in pieces of any size give what
// the whole text gives; the format follows from the top-level keys; broken and hostile JSON is
// one clear error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.ts';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { graphToJson, graphToStatementsJson, JsonGraphReader } from '../../../src/io/json/index.ts';
import { MAX_DEPTH, parseJsonChunks } from '../../../src/io/json/readJson.ts';
import { toStatements } from '../../../src/model/index.ts';

const curated = await loadDefaultGraph();
const graphJson = graphToJson(curated);
const statementsJson = graphToStatementsJson(curated);

function read(pieces: readonly string[]) {
  const reader = new JsonGraphReader('g.json');
  for (const piece of pieces) reader.write(piece);
  return reader.end();
}

const cut = (text: string, places: number[]): string[] => {
  const sorted = [...new Set(places.map((p) => p % text.length))].sort((a, b) => a - b);
  return [0, ...sorted].map((from, i) => text.slice(from, sorted[i] ?? text.length)).filter(Boolean);
};

async function* pieces(...texts: string[]): AsyncGenerator<string> {
  yield* texts;
}

describe('JsonGraphReader', () => {
  it('reads graphology JSON cut anywhere into the same graph', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (places) => {
        const result = read(cut(graphJson, places));
        expect(result.format).toBe('json');
        if (result.format === 'json') expect(result.checker.graph().export()).toEqual(curated.export());
      }),
      { numRuns: 20 },
    );
  });

  it('reads statements@1 cut anywhere into the same statements', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (places) => {
        const result = read(cut(statementsJson, places));
        expect(result).toEqual({ format: 'statements', data: toStatements(curated) });
      }),
      { numRuns: 20 },
    );
  });

  it('an empty graph is a graph', () => {
    const result = read(['{"options": {"type": "directed"}, "nodes": [], "edges": []}']);
    expect(result.format === 'json' && result.checker.graph().order).toBe(0);
  });

  it.each([
    ['no edges', '{"nodes": []}', 'is neither GEXF, graphology JSON'],
    ['nodes that are not a list', '{"nodes": {}, "edges": []}', 'is neither GEXF, graphology JSON'],
    [
      'another format',
      '{"format": "claimgraph/statements@2", "nodes": [], "edges": []}',
      'has format "claimgraph/statements@2"',
    ],
    [
      'a truncated file',
      graphJson.slice(0, 500),
      'g.json: is not valid JSON (the file ends inside a value (truncated?)',
    ],
    ['text after the value', `${graphJson} trailing`, 'g.json: is not valid JSON (Unexpected "t"'],
    [
      'deep nesting',
      `{"nodes": [${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}], "edges": []}`,
      `g.json: values are nested deeper than ${MAX_DEPTH} levels`,
    ],
    ['deeper nesting', `{"a": ${'['.repeat(1_000_000)}`, `g.json: values are nested deeper than ${MAX_DEPTH} levels`],
  ])('%s is one clear error', (_name, text, message) => {
    expect(() => read([text])).toThrow(InputError);
    expect(() => read([text])).toThrow(message);
  });

  it('lists the problems of bad items by position', () => {
    const result = read(['{"nodes": [{"attributes": {}}, 7], "edges": [{"key": "e", "source": {}}]}']);
    expect(() => result.format === 'json' && result.checker.graph()).toThrow(
      'g.json: 3 problems:\n  nodes[0]: key: undefined: expected a string\n  nodes[1]: key: undefined: expected a string\n  edges[0]: source: {}: expected a node key',
    );
  });

  it('a "__proto__" key is an ordinary key, not a prototype', () => {
    const hostile = statementsJson.replace('"format"', '"__proto__": {"polluted": true}, "format"');
    const result = read([hostile]);
    expect(result.format).toBe('statements');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseJsonChunks', () => {
  it('is JSON.parse without one string', async () => {
    expect(await parseJsonChunks(pieces(statementsJson.slice(0, 99), statementsJson.slice(99)), 's.json')).toEqual(
      JSON.parse(statementsJson),
    );
  });

  it.each([
    ['nothing', '  ', 'is not valid JSON (the file holds no JSON value)'],
    ['a broken value', '{"a": [1,', 'is not valid JSON (the file ends inside a value (truncated?)'],
  ])('%s is an InputError', async (_name, text, message) => {
    await expect(parseJsonChunks(pieces(text), 's.json')).rejects.toThrow(message);
  });
});
