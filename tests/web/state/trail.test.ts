// The breadcrumb: following extends it, going back to a step cuts it, jumping starts anew.
import { describe, expect, it } from 'vitest';
import { followTrail, jumpTrail } from '../../../web/src/state/trail.ts';

describe('followTrail', () => {
  const cases: [string, string[], string | null, string, string[]][] = [
    ['from nothing', [], null, 'a', ['a']],
    ['from the end of the trail', ['a', 'b'], 'b', 'c', ['a', 'b', 'c']],
    ['from the middle of the trail', ['a', 'b', 'c'], 'b', 'd', ['a', 'b', 'd']],
    ['back to an earlier step', ['a', 'b', 'c'], 'c', 'a', ['a']],
    ['from a selection not on the trail', ['x'], 'a', 'b', ['a', 'b']],
  ];
  it.each(cases)('%s', (_name, trail, from, to, expected) => {
    expect(followTrail(trail, from, to)).toEqual(expected);
  });
});

describe('jumpTrail', () => {
  it('starts a trail at the node, or clears it', () => {
    expect(jumpTrail('a')).toEqual(['a']);
    expect(jumpTrail(null)).toEqual([]);
  });
});
