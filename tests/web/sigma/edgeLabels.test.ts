// Edge labels placed along their curves: the middle when it is free, else a free spot further
// out, else none; never on an end's disc.
import { describe, expect, it } from 'vitest';
import {
  LABEL_STOPS,
  boxAround,
  curvePoint,
  labelSpot,
  overlaps,
  type Box,
} from '../../../web/src/sigma/edgeLabels.ts';

const source = { x: 0, y: 0, size: 8 };
const target = { x: 200, y: 0, size: 8 };
const centre = (box: Box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });

describe('curvePoint', () => {
  it('runs from the source to the target', () => {
    expect(curvePoint(source, target, 0.25, 0)).toEqual({ x: 0, y: 0 });
    expect(curvePoint(source, target, 0.25, 1)).toEqual({ x: 200, y: 0 });
  });

  it('bends to the side of the chord by half the curvature times its length at the middle', () => {
    const middle = curvePoint(source, target, 0.25, 0.5);
    expect(middle.x).toBeCloseTo(100, 9);
    // Control point 50 px off the chord (0.25 × 200); a quadratic Bézier's middle is half-way to it.
    expect(middle.y).toBeCloseTo(-25, 9);
    expect(curvePoint(source, target, 0, 0.5)).toEqual({ x: 100, y: 0 });
  });
});

describe('labelSpot', () => {
  it('takes the middle of the curve when it is free', () => {
    const box = labelSpot(source, target, 0.25, 12, 14, [])!;
    expect(centre(box).x).toBeCloseTo(100, 9);
    expect(centre(box).y).toBeCloseTo(-25, 9);
  });

  it('moves out along the curve, off the taken box, when the middle is taken', () => {
    const taken = [boxAround(curvePoint(source, target, 0.25, 0.5), 12, 14)];
    const box = labelSpot(source, target, 0.25, 12, 14, taken)!;
    expect(overlaps(box, taken[0]!)).toBe(false);
    const expected = LABEL_STOPS.map((t) => curvePoint(source, target, 0.25, t)).find(
      (point) => !overlaps(boxAround(point, 12, 14), taken[0]!),
    )!;
    expect(centre(box).x).toBeCloseTo(expected.x, 9);
    expect(centre(box).x).not.toBeCloseTo(100, 0);
  });

  it('gives up when every spot is taken', () => {
    const everything = [{ left: -1000, top: -1000, right: 1000, bottom: 1000 }];
    expect(labelSpot(source, target, 0.25, 12, 14, everything)).toBeNull();
  });

  it('never puts a label on the disc of either end', () => {
    // Two touching actors: every spot along so short a curve is on one of the discs.
    expect(labelSpot({ x: 0, y: 0, size: 10 }, { x: 18, y: 0, size: 10 }, 0.25, 12, 14, [])).toBeNull();
  });
});
