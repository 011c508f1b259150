// Edge labels (the actor network's statement counts) that never cover one another, a node or a
// node's name. Where many chords of the ring meet, their middles crowd together and the counts
// piled up (seen on a 200-article corpus: "5" over "6" over "Islamic State"). Each label is
// written upright with a white halo at the first free spot: on its curve, the middle first,
// then stepping out towards both ends; then the same beside the curve. A label with no free
// spot is left out, unless its edge is the hovered or the selected one (display attribute
// `labelAlways`), whose count always shows. The curve is the one @sigma/edge-curve draws: a
// quadratic Bézier whose control point sits `curvature` × the chord's length to the side of
// the chord's middle.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** @sigma/edge-curve's curvature when an edge has none. */
export const DEFAULT_CURVATURE = 0.25;

/** Where along the curve a label may go, tried in this order: the middle, then outwards. */
export const LABEL_STOPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82] as const;

/** On the curve first; then beside it, on the side it bends to, then on the other. */
export const SIDES = [0, 1, -1] as const;

/** The point at `t` (0 at the source, 1 at the target) of the curve drawn from source to target. */
export function curvePoint(source: Point, target: Point, curvature: number, t: number): Point {
  const control = {
    x: (source.x + target.x) / 2 + (target.y - source.y) * curvature,
    y: (source.y + target.y) / 2 - (target.x - source.x) * curvature,
  };
  const u = 1 - t;
  return {
    x: u * u * source.x + 2 * u * t * control.x + t * t * target.x,
    y: u * u * source.y + 2 * u * t * control.y + t * t * target.y,
  };
}

export interface Disc extends Point {
  size: number;
}

/** The box of a label `width` × `height` centred on a point. */
export function boxAround(point: Point, width: number, height: number): Box {
  return {
    left: point.x - width / 2,
    top: point.y - height / 2,
    right: point.x + width / 2,
    bottom: point.y + height / 2,
  };
}

/** The box a disc takes. */
export function discBox(disc: Disc): Box {
  return { left: disc.x - disc.size, top: disc.y - disc.size, right: disc.x + disc.size, bottom: disc.y + disc.size };
}

/**
 * The first spot along the curve where a label `width` × `height` covers neither end's disc
 * nor any taken box; null when there is none.
 */
export function labelSpot(
  source: Disc,
  target: Disc,
  curvature: number,
  width: number,
  height: number,
  taken: readonly Box[],
): Box | null {
  const ends = [discBox(source), discBox(target)];
  const length = Math.hypot(target.x - source.x, target.y - source.y) || 1;
  // Beside the curve, off the chord's side: short edges between neighbouring actors have no room on it.
  const normal = { x: (target.y - source.y) / length, y: -(target.x - source.x) / length };
  const reach = Math.max(width, height) * 0.75;
  for (const side of SIDES) {
    for (const t of LABEL_STOPS) {
      const point = curvePoint(source, target, curvature, t);
      const box = boxAround(
        { x: point.x + side * reach * normal.x, y: point.y + side * reach * normal.y },
        width,
        height,
      );
      if (ends.some((end) => overlaps(end, box))) continue;
      if (!taken.some((drawn) => overlaps(drawn, box))) return box;
    }
  }
  return null;
}
