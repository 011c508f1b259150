import { describe, expect, it } from 'vitest';
import { Random } from '../../src/synth/index.ts';

describe('Random', () => {
  it('is mulberry32: the published sequence for seed 42, so every synthetic output stays the same', () => {
    const random = new Random(42);
    expect([random.next(), random.next(), random.next()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
  });

  it('repeats its sequence for a seed, in [0, 1); another seed differs', () => {
    const a = new Random(42);
    const b = new Random(42);
    const values = Array.from({ length: 100 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 100 }, () => b.next()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Random(43).next()).not.toBe(values[0]);
  });

  it('draws integers in [min, max], both ends included', () => {
    const a = new Random(42);
    const b = new Random(42);
    const draws = Array.from({ length: 100 }, () => a.int(3, 7));
    expect(draws).toEqual(Array.from({ length: 100 }, () => b.int(3, 7)));
    expect(Math.min(...draws)).toBe(3);
    expect(Math.max(...draws)).toBe(7);
  });

  it('picks from a list and refuses an empty one', () => {
    const random = new Random(1);
    expect(['x', 'y', 'z']).toContain(random.pick(['x', 'y', 'z']));
    expect(() => random.pick([])).toThrow('claimgraph/synth/random: cannot pick from an empty list');
  });
});
