import { describe, expect, it } from 'vitest';
import { reach, type ReachedNode } from '../../src/query/index.ts';
import { aleppoGraph, queryErrorOf, tinyGraph } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/reach';
const show = (nodes: ReachedNode[]): string[] => nodes.map((n) => `${n.depth} ${n.key}`);

describe('reach: argument validation', () => {
  it.each([
    ['not a graph', () => reach(1 as never, 'actor:a'), `${M}: expected a graphology graph, got number 1`],
    ['an unknown node', () => reach(graph, 'actor:nobody'), `${M}: unknown node "actor:nobody"`],
    [
      'a claim',
      () => reach(graph, 'claim:aleppo-2016/s1'),
      `${M}: expected an actor node, got claim "claim:aleppo-2016/s1"`,
    ],
    [
      'a negative depth',
      () => reach(graph, 'actor:lavrov', { depth: -1 }),
      `${M}: bad depth -1: expected a whole number ≥ 0 or Infinity`,
    ],
    [
      'a depth that is not a number',
      () => reach(graph, 'actor:lavrov', { depth: '2' as never }),
      `${M}: bad depth "2": expected a whole number ≥ 0 or Infinity`,
    ],
    [
      'an unknown edge kind',
      () => reach(graph, 'actor:lavrov', { edgeKinds: ['says' as never] }),
      `${M}: unknown edge kind "says" (expected asserts, accuses, denies, rejects, reports, about, targets, responds, memberOf, publishes, corroborates)`,
    ],
    [
      'an empty edge-kind list',
      () => reach(graph, 'actor:lavrov', { edgeKinds: [] }),
      `${M}: option edgeKinds: expected a non-empty list of edge kinds, got an array []`,
    ],
    [
      'edge kinds that are not a list',
      () => reach(graph, 'actor:lavrov', { edgeKinds: 'about' as never }),
      `${M}: option edgeKinds: expected a non-empty list of edge kinds, got "about"`,
    ],
    [
      'a bad direction',
      () => reach(graph, 'actor:lavrov', { direction: 'up' as never }),
      `${M}: option direction: bad value "up" (expected one of out, in, both)`,
    ],
    [
      'an unknown option',
      () => reach(graph, 'actor:lavrov', { maxDepth: 1 } as never),
      `${M}: unknown option "maxDepth" (known options: edgeKinds, depth, direction)`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('reach: exact visit order on a tiny graph', () => {
  // a —asserts→ c1 —about→ b ;  b —memberOf→ a ;  d —denies→ c2 —responds→ c1 ; c1 —targets→ e
  const g = tinyGraph(
    ['actor:a', 'actor:b', 'actor:d', 'actor:e', 'claim:x/c1', 'claim:x/c2'],
    [
      ['actor:a', 'asserts', 'claim:x/c1'],
      ['claim:x/c1', 'about', 'actor:b'],
      ['actor:b', 'memberOf', 'actor:a'],
      ['actor:d', 'denies', 'claim:x/c2'],
      ['claim:x/c2', 'responds', 'claim:x/c1'],
      ['claim:x/c1', 'targets', 'actor:e'],
    ],
  );
  it.each([
    [
      'all kinds, out, unlimited',
      { direction: 'out', depth: Infinity },
      ['0 actor:a', '1 claim:x/c1', '2 actor:b', '2 actor:e'],
    ],
    [
      'all kinds, in, unlimited',
      { direction: 'in', depth: Infinity },
      ['0 actor:a', '1 actor:b', '2 claim:x/c1', '3 claim:x/c2', '4 actor:d'],
    ],
    // in-neighbours before out-neighbours, as graphology orders them
    [
      'all kinds, both, depth 2',
      { direction: 'both', depth: 2 },
      ['0 actor:a', '1 actor:b', '1 claim:x/c1', '2 claim:x/c2', '2 actor:e'],
    ],
    [
      'default options (both ways, depth 2)',
      {},
      ['0 actor:a', '1 actor:b', '1 claim:x/c1', '2 claim:x/c2', '2 actor:e'],
    ],
    ['depth 0', { depth: 0 }, ['0 actor:a']],
    [
      'only asserts and about',
      { edgeKinds: ['asserts', 'about'], direction: 'out', depth: Infinity },
      ['0 actor:a', '1 claim:x/c1', '2 actor:b'],
    ],
    ['only memberOf, both ways', { edgeKinds: ['memberOf'] }, ['0 actor:a', '1 actor:b']],
    ['a kind with no edge here', { edgeKinds: ['rejects'] }, ['0 actor:a']],
    [
      'responds and denies, both ways, unlimited',
      { edgeKinds: ['asserts', 'responds', 'denies'], depth: Infinity },
      ['0 actor:a', '1 claim:x/c1', '2 claim:x/c2', '3 actor:d'],
    ],
  ] as const)('%s', (_name, options, expected) => {
    expect(show(reach(g, 'actor:a', options as never))).toEqual(expected);
  });

  it('returns kind and label of each node', () => {
    expect(reach(g, 'actor:a', { depth: 1, direction: 'out' })).toEqual([
      { key: 'actor:a', kind: 'actor', label: 'a', depth: 0 },
      { key: 'claim:x/c1', kind: 'claim', label: 'x/c1', depth: 1 },
    ]);
  });
});

describe('reach on the Aleppo graph', () => {
  it('Lavrov, one step out: his two statements and Russia', () => {
    expect(show(reach(graph, 'actor:lavrov', { depth: 1, direction: 'out' }))).toEqual([
      '0 actor:lavrov',
      '1 claim:aleppo-2016/s9',
      '1 claim:aleppo-2016/s11',
      '1 actor:russia',
    ]);
  });

  it('whom Lavrov accuses: accuses then targets', () => {
    expect(
      show(reach(graph, 'actor:lavrov', { edgeKinds: ['accuses', 'targets'], direction: 'out', depth: 2 })),
    ).toEqual(['0 actor:lavrov', '1 claim:aleppo-2016/s9', '2 actor:us']);
  });

  it('who belongs to the Syrian government', () => {
    expect(
      show(reach(graph, 'actor:syrian-government', { edgeKinds: ['memberOf'], direction: 'in', depth: Infinity })),
    ).toEqual([
      '0 actor:syrian-government',
      '1 actor:syrian-army',
      '1 actor:syrian-state-media',
      '1 actor:syrian-foreign-ministry',
    ]);
  });
});
