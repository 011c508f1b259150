// Arrow-key movement between the neighbours of the selection: the neighbours in a stable
// order (actors, then claims, then documents, each by label), and the next one from the
// current cursor. Pure, so it is tested in Node.
import type Graph from 'graphology';

const RANK: Record<string, number> = { actor: 0, claim: 1, document: 2 };

export function orderedNeighbours(
  graph: Graph,
  node: string,
  hidden: { has(node: string): boolean } = new Set<string>(),
): string[] {
  return graph
    .neighbors(node)
    .filter((n) => !hidden.has(n))
    .sort((a, b) => {
      const ka = RANK[graph.getNodeAttribute(a, 'kind') as string] ?? 3;
      const kb = RANK[graph.getNodeAttribute(b, 'kind') as string] ?? 3;
      return (
        ka - kb ||
        String(graph.getNodeAttribute(a, 'label') ?? a).localeCompare(
          String(graph.getNodeAttribute(b, 'label') ?? b),
        ) ||
        (a < b ? -1 : 1)
      );
    });
}

/** The neighbour `step` places from `cursor` (wrapping), or the first/last when there is no cursor. */
export function moveCursor(neighbours: readonly string[], cursor: string | null, step: 1 | -1): string | null {
  if (!neighbours.length) return null;
  const at = cursor === null ? -1 : neighbours.indexOf(cursor);
  if (at === -1) return step === 1 ? (neighbours[0] as string) : (neighbours[neighbours.length - 1] as string);
  return neighbours[(at + step + neighbours.length) % neighbours.length] as string;
}
