import { describe, expect, it } from 'vitest';
import { EdgeKindView } from '../../src/query/edgeKindView.ts';
import { tinyGraph } from './helpers.ts';

// x —about→ a, x —targets→ a (parallel), b —asserts→ x, x —responds→ y, a —memberOf→ b
const g = tinyGraph(
  ['actor:a', 'actor:b', 'claim:d/x', 'claim:d/y'],
  [
    ['claim:d/x', 'about', 'actor:a'],
    ['claim:d/x', 'targets', 'actor:a'],
    ['actor:b', 'asserts', 'claim:d/x'],
    ['claim:d/x', 'responds', 'claim:d/y'],
    ['actor:a', 'memberOf', 'actor:b'],
  ],
);

describe('EdgeKindView', () => {
  it.each([
    [
      'out, every kind',
      ['about', 'targets', 'asserts', 'responds', 'memberOf'],
      'out',
      ['actor:a', 'claim:d/y'],
      ['actor:b'],
    ],
    [
      'in, every kind',
      ['about', 'targets', 'asserts', 'responds', 'memberOf'],
      'in',
      ['actor:b'],
      ['actor:a', 'claim:d/y'],
    ],
    // in-neighbours first, then out-neighbours; a parallel pair counts once
    [
      'both, every kind',
      ['about', 'targets', 'asserts', 'responds', 'memberOf'],
      'both',
      ['actor:b', 'actor:a', 'claim:d/y'],
      ['actor:b', 'actor:a', 'claim:d/y'],
    ],
    ['out, only targets', ['targets'], 'out', ['actor:a'], []],
    ['out, only memberOf', ['memberOf'], 'out', [], []],
  ] as const)('%s: neighbours of claim:d/x', (_name, kinds, direction, outbound, inbound) => {
    const view = new EdgeKindView(g, kinds, direction);
    expect([view.outboundNeighbors('claim:d/x'), view.inboundNeighbors('claim:d/x')]).toEqual([outbound, inbound]);
  });

  it.each([
    [['about', 'targets'], 'out', 'claim:d/x', 'actor:a', 'e0'],
    [['targets', 'about'], 'out', 'claim:d/x', 'actor:a', 'e1'],
    [['about', 'targets'], 'out', 'actor:a', 'claim:d/x', undefined],
    [['about', 'targets'], 'both', 'actor:a', 'claim:d/x', 'e0'],
    [['about', 'targets'], 'in', 'actor:a', 'claim:d/x', 'e0'],
    [['memberOf'], 'both', 'actor:a', 'claim:d/x', undefined],
  ] as const)('stepEdge with kinds %j walking %s from %s to %s → %s', (kinds, direction, from, to, edge) => {
    expect(new EdgeKindView(g, kinds, direction).stepEdge(from, to)).toBe(edge);
  });

  it('is read-only', () => {
    const view = new EdgeKindView(g, ['about'], 'out');
    expect(() => view.dropNode()).toThrow('claimgraph/query/edgeKindView: the view is read-only');
    expect(() => view.addUndirectedEdgeWithKey()).toThrow('claimgraph/query/edgeKindView: the view is read-only');
  });
});
