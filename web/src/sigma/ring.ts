// Places nodes on a ring in a given order, so that their labels, written sideways (to the
// right of the nodes on the right half, to the left on the left half), never sit on one
// another. Spread evenly by angle, the nodes near the top and the bottom of a ring follow one
// another almost horizontally, and their labels, each a line of text on the same height, pile
// up there (seen on the actor network of a 200-article corpus: four nameless actors at the
// top). Here each half is spread mostly evenly by height instead, so that every label of a
// half has its own line, and a share of even angles keeps the nodes at the sides apart.

/** Share of the spacing that is even by height (the rest is even by angle). */
export const EVEN_HEIGHT = 0.9;
/**
 * Positions (x right, y up) for `count` nodes in ring order: the first half down the right
 * side from the top, the second half up the left side from the bottom.
 */
export function ringPositions(count: number): { x: number; y: number }[] {
  const right = Math.ceil(count / 2);
  const left = count - right;
  const height = (t: number): number => (1 - EVEN_HEIGHT) * Math.cos(Math.PI * t) + EVEN_HEIGHT * (1 - 2 * t);
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const onRight = i < right;
    const t = onRight ? (i + 0.5) / right : (i - right + 0.5) / left;
    const y = onRight ? height(t) : -height(t);
    const x = Math.sqrt(Math.max(0, 1 - y * y));
    out.push({ x: onRight ? x : -x, y });
  }
  return out;
}
