// graphology JSON and statements@1 JSON: round trips, and validation on import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../src/errors.ts';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { graphToJson, graphToStatementsJson, isGraphologyJson, jsonToGraph } from '../../../src/io/json/index.ts';
import { buildGraph, toStatements } from '../../../src/model/index.ts';
import { statementsFile } from '../../model/arbitraries.ts';

const curated = await loadDefaultGraph();
const json = graphToJson(curated);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand edit of arbitrary JSON
const edit = (mutate: (data: any) => void): string => {
  const data = JSON.parse(json);
  mutate(data);
  return JSON.stringify(data);
};
const at = (problem: string) => `claimgraph/io/json/graphJson: g.json: 1 problem:\n  ${problem}`;

describe('isGraphologyJson', () => {
  it.each([
    [{ nodes: [], edges: [] }, true],
    [{ nodes: [] }, false],
    [{ nodes: {}, edges: [] }, false],
    [[], false],
    [null, false],
    ['nodes', false],
  ])('%j → %s', (data, expected) => {
    expect(isGraphologyJson(data)).toBe(expected);
  });
});

describe('graphology JSON', () => {
  it('is graph.export() as indented JSON', () => {
    expect(JSON.parse(json)).toEqual(curated.export());
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('round-trips the curated graph: same nodes, edges and attributes', () => {
    const back = jsonToGraph(json);
    expect(back.export()).toEqual(curated.export());
  });

  it('round-trips generated statement sets, hostile strings included', () => {
    fc.assert(
      fc.property(statementsFile({ hostile: true }), (data) => {
        expect(toStatements(jsonToGraph(graphToJson(buildGraph(data))))).toStrictEqual(data);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['invalid JSON', '{"nodes": [', /^not valid JSON \(/],
    ['no edges array', '{"nodes": []}', 'not graphology JSON: it needs "nodes" and "edges" arrays'],
    [
      'an edge to a missing node',
      edit((d) => d.nodes.splice(1, 1)),
      /its source "actor:sohr" is not the id of any node/,
    ],
    ['a duplicate node', edit((d) => d.nodes.push(d.nodes[0])), /already exist/],
    [
      'an unknown node kind',
      edit((d) => (d.nodes[1].attributes.kind = 'person')),
      'node "actor:sohr": kind: "person" is not one of document, actor, claim',
    ],
    [
      'aliases that are not a list',
      edit((d) => (d.nodes[1].attributes.aliases = 'SOHR')),
      'node "actor:sohr": aliases: "SOHR": Invalid input: expected array, received string',
    ],
    [
      'a speech edge without evidence',
      edit((d) => delete d.edges[0].attributes.evidence),
      'edge "asserts:aleppo-2016/s1": evidence: missing: Invalid input: expected object, received undefined',
    ],
  ])('%s is a FormatError', (_name, input, problem) => {
    expect(() => jsonToGraph(input, 'g.json')).toThrow(FormatError);
    let message = '';
    try {
      jsonToGraph(input, 'g.json');
    } catch (error) {
      message = (error as Error).message;
    }
    if (typeof problem === 'string') expect(message).toBe(at(problem));
    else expect(message.slice(at('').length)).toMatch(problem);
  });
});

describe('statements@1 JSON', () => {
  it('is toStatements as indented JSON', () => {
    const text = graphToStatementsJson(curated);
    expect(JSON.parse(text)).toEqual({ ...toStatements(curated), offsets: 'utf16' });
    expect(text.startsWith('{\n  "format": "claimgraph/statements@1",\n  "offsets": "utf16",')).toBe(true);
  });
});
