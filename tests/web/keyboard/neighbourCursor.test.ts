// Arrow-key movement over the selection's neighbours: stable order, wrapping, hidden skipped.
import { describe, expect, it } from 'vitest';
import { moveCursor, orderedNeighbours } from '../../../web/src/keyboard/neighbourCursor.ts';
import { tinyGraph } from '../reducers/fixture.ts';

const graph = tinyGraph();

describe('orderedNeighbours', () => {
  it('lists actors, then claims, then documents, each by label', () => {
    expect(orderedNeighbours(graph, 'claim:d/s2')).toEqual(['actor:a', 'actor:c', 'claim:d/s3', 'doc:d']);
  });

  it('skips hidden neighbours', () => {
    expect(orderedNeighbours(graph, 'claim:d/s2', new Set(['actor:a', 'doc:d']))).toEqual(['actor:c', 'claim:d/s3']);
  });
});

describe('moveCursor', () => {
  const list = ['x', 'y', 'z'];
  const cases: [string | null, 1 | -1, string | null][] = [
    [null, 1, 'x'],
    [null, -1, 'z'],
    ['x', 1, 'y'],
    ['z', 1, 'x'],
    ['x', -1, 'z'],
    ['gone', 1, 'x'],
  ];
  it.each(cases)('from %s by %i goes to %s', (cursor, step, expected) => {
    expect(moveCursor(list, cursor, step)).toBe(expected);
  });

  it('has nowhere to go without neighbours', () => {
    expect(moveCursor([], null, 1)).toBeNull();
  });
});
