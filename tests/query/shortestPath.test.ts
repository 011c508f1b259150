import { describe, expect, it } from 'vitest';
import { shortestPath, type Path } from '../../src/query/index.ts';
import { aleppoGraph, queryErrorOf, tinyGraph } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/shortestPath';

/** A path as `node —kind→ node ←kind— node`, arrows as the edges are stored. */
const show = (path: Path | null): string | null =>
  path &&
  path.nodes
    .map((node, i) => {
      const edge = path.edges[i - 1];
      if (!edge) return node.key;
      return edge.target === node.key ? `—${edge.kind}→ ${node.key}` : `←${edge.kind}— ${node.key}`;
    })
    .join(' ');

describe('shortestPath: argument validation', () => {
  it.each([
    [
      'not a graph',
      () => shortestPath({ order: 1 } as never, 'actor:a', 'actor:b'),
      `${M}: expected a graphology graph, got an object {"order":1}`,
    ],
    ['an unknown start', () => shortestPath(graph, 'actor:nobody', 'actor:us'), `${M}: unknown node "actor:nobody"`],
    ['an unknown end', () => shortestPath(graph, 'actor:us', 'actor:nobody'), `${M}: unknown node "actor:nobody"`],
    [
      'a claim as end',
      () => shortestPath(graph, 'actor:us', 'claim:aleppo-2016/s9'),
      `${M}: expected an actor node, got claim "claim:aleppo-2016/s9"`,
    ],
    [
      'an unknown edge kind',
      () => shortestPath(graph, 'actor:us', 'actor:russia', { edgeKinds: ['accuses', 'blames' as never] }),
      `${M}: unknown edge kind "blames" (expected asserts, accuses, denies, rejects, reports, about, targets, responds, memberOf, publishes, corroborates)`,
    ],
    [
      'a non-boolean directed',
      () => shortestPath(graph, 'actor:us', 'actor:russia', { directed: 'yes' as never }),
      `${M}: option directed: expected true or false, got "yes"`,
    ],
    [
      'an unknown option',
      () => shortestPath(graph, 'actor:us', 'actor:russia', { depth: 2 } as never),
      `${M}: unknown option "depth" (known options: edgeKinds, directed)`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('shortestPath: exact paths on a tiny graph', () => {
  // a —asserts→ c1 —about→ z ; a —asserts→ c2 —about→ z ; z —accuses→ c3 —targets→ a ; b —memberOf→ a
  const g = tinyGraph(
    ['actor:a', 'actor:b', 'actor:z', 'actor:lone', 'claim:x/c1', 'claim:x/c2', 'claim:x/c3'],
    [
      ['actor:a', 'asserts', 'claim:x/c1'],
      ['claim:x/c1', 'about', 'actor:z'],
      ['actor:a', 'asserts', 'claim:x/c2'],
      ['claim:x/c2', 'about', 'actor:z'],
      ['actor:z', 'accuses', 'claim:x/c3'],
      ['claim:x/c3', 'targets', 'actor:a'],
      ['actor:b', 'memberOf', 'actor:a'],
    ],
  );
  it.each([
    // two equally short paths: the first neighbour (in graph order) wins
    ['a → z, any way', 'actor:a', 'actor:z', {}, 'actor:a —asserts→ claim:x/c1 —about→ actor:z'],
    ['a → z, directed', 'actor:a', 'actor:z', { directed: true }, 'actor:a —asserts→ claim:x/c1 —about→ actor:z'],
    [
      'z → a, directed: the accusation',
      'actor:z',
      'actor:a',
      { directed: true },
      'actor:z —accuses→ claim:x/c3 —targets→ actor:a',
    ],
    [
      'z → a, only asserts and about, walked backwards',
      'actor:z',
      'actor:a',
      { edgeKinds: ['asserts', 'about'] },
      'actor:z ←about— claim:x/c1 ←asserts— actor:a',
    ],
    [
      'z → a, only asserts and about, directed',
      'actor:z',
      'actor:a',
      { edgeKinds: ['asserts', 'about'], directed: true },
      null,
    ],
    [
      'b → z through its organisation',
      'actor:b',
      'actor:z',
      {},
      'actor:b —memberOf→ actor:a —asserts→ claim:x/c1 —about→ actor:z',
    ],
    ['b → z without memberOf', 'actor:b', 'actor:z', { edgeKinds: ['asserts', 'about'] }, null],
    ['an actor with no edge', 'actor:a', 'actor:lone', {}, null],
    ['an actor to itself', 'actor:a', 'actor:a', {}, 'actor:a'],
  ] as const)('%s', (_name, from, to, options, expected) => {
    expect(show(shortestPath(g, from, to, options as never))).toBe(expected);
  });

  it('returns nodes with kind and label, edges with key, kind, source and target', () => {
    expect(shortestPath(g, 'actor:z', 'actor:a', { directed: true })).toEqual({
      nodes: [
        { key: 'actor:z', kind: 'actor', label: 'z' },
        { key: 'claim:x/c3', kind: 'claim', label: 'x/c3' },
        { key: 'actor:a', kind: 'actor', label: 'a' },
      ],
      edges: [
        { key: 'e4', kind: 'accuses', source: 'actor:z', target: 'claim:x/c3' },
        { key: 'e5', kind: 'targets', source: 'claim:x/c3', target: 'actor:a' },
      ],
    });
  });
});

describe('regression: a directed path reported an edge stored the other way', () => {
  // graphology's directedEdges(u, v) lists edges both ways; the step u → v must be stored u → v.
  const g = tinyGraph(
    ['actor:a', 'actor:z', 'claim:x/c'],
    [
      ['claim:x/c', 'about', 'actor:a'],
      ['actor:a', 'asserts', 'claim:x/c'],
      ['claim:x/c', 'about', 'actor:z'],
    ],
  );
  it('a → z directed, about listed first: the first step is still the asserts edge', () => {
    expect(show(shortestPath(g, 'actor:a', 'actor:z', { directed: true, edgeKinds: ['about', 'asserts'] }))).toBe(
      'actor:a —asserts→ claim:x/c —about→ actor:z',
    );
  });
});

describe('shortestPath on the Aleppo graph', () => {
  it.each([
    [
      'Lavrov → Kerry: the accusation and its denial',
      'actor:lavrov',
      'actor:kerry',
      {},
      'actor:lavrov —accuses→ claim:aleppo-2016/s9 ←responds— claim:aleppo-2016/s12 ←denies— actor:kerry',
    ],
    [
      'Lavrov → Kerry through whom they speak for',
      'actor:lavrov',
      'actor:kerry',
      { edgeKinds: ['accuses', 'targets', 'memberOf'] },
      'actor:lavrov —accuses→ claim:aleppo-2016/s9 —targets→ actor:us ←memberOf— actor:kerry',
    ],
    [
      'Lavrov → US, directed: about is listed before targets',
      'actor:lavrov',
      'actor:us',
      { directed: true },
      'actor:lavrov —accuses→ claim:aleppo-2016/s9 —about→ actor:us',
    ],
    [
      'Lavrov → US, targets first',
      'actor:lavrov',
      'actor:us',
      { directed: true, edgeKinds: ['accuses', 'targets', 'about'] },
      'actor:lavrov —accuses→ claim:aleppo-2016/s9 —targets→ actor:us',
    ],
    [
      'US → Russia, directed: the US accusations',
      'actor:us',
      'actor:russia',
      { directed: true },
      'actor:us —accuses→ claim:aleppo-2016/s13 —about→ actor:russia',
    ],
    ['China is in no statement', 'actor:lavrov', 'actor:china', {}, null],
  ] as const)('%s', (_name, from, to, options, expected) => {
    expect(show(shortestPath(graph, from, to, options as never))).toBe(expected);
  });
});
