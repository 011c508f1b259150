import { describe, expect, it } from 'vitest';
import { statementsInDocument } from '../../src/query/index.ts';
import { aleppoGraph, ids, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/statementsInDocument';

describe('statementsInDocument: argument validation', () => {
  it.each([
    [
      'not a graph',
      () => statementsInDocument({} as never, 'doc:aleppo-2016'),
      `${M}: expected a graphology graph, got an object {}`,
    ],
    ['an unknown node', () => statementsInDocument(graph, 'doc:nowhere'), `${M}: unknown node "doc:nowhere"`],
    [
      'an actor',
      () => statementsInDocument(graph, 'actor:russia'),
      `${M}: expected a document node, got actor "actor:russia"`,
    ],
    [
      'an unknown option',
      () => statementsInDocument(graph, 'doc:aleppo-2016', { x: 1 } as never),
      `${M}: unknown option "x" (it takes no options)`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('statementsInDocument on the Aleppo graph', () => {
  it('lists the seventeen statements in reading order', () => {
    expect(ids(statementsInDocument(graph, 'doc:aleppo-2016'))).toEqual(
      Array.from({ length: 17 }, (_, i) => `s${i + 1}`),
    );
  });
});
