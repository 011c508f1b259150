// A read-only view of a ClaimGraph restricted to some edge kinds and walked in one
// direction, for graphology-traversal's bfsFromNode and graphology-shortest-path's
// bidirectional search. Neither library can filter edges, and copying the graph into a
// filtered subgraph costs time and memory in proportion to the whole graph (a 1M-node
// corpus), while a query only walks a few nodes. So the view answers, on the fly, the
// few calls those two functions make (isGraph's duck test, `order`, `hasNode`,
// `getNodeAttributes`, `forEachOutboundNeighbor`, `outboundNeighbors`,
// `inboundNeighbors`); the tests of reach and shortestPath pin the visit order, so a
// library change that needs more of the Graph interface fails loudly there.
//
// Walking direction `out` follows edges source → target, `in` target → source, `both`
// either way (the graph seen as undirected). Neighbours come in graphology's order:
// in-neighbours before out-neighbours, each in the order its first edge was added.
import type Graph from 'graphology-types';
import type { EdgeKind } from '../model/kinds.ts';
import type { ClaimGraph, NodeAttributes } from '../model/types.ts';
import type { Direction } from './types.ts';

type NeighborCallback = (neighbor: string, attributes: NodeAttributes) => void;

export class EdgeKindView {
  readonly multi = true;
  private readonly kinds: ReadonlySet<string>;

  constructor(
    private readonly graph: ClaimGraph,
    kinds: readonly EdgeKind[],
    private readonly direction: Direction,
  ) {
    this.kinds = new Set(kinds);
  }

  /** The view typed as a graphology Graph, for the libraries that take one. */
  asGraph(): Graph {
    return this as unknown as Graph;
  }

  get order(): number {
    return this.graph.order;
  }

  hasNode(node: string): boolean {
    return this.graph.hasNode(node);
  }

  getNodeAttributes(node: string): NodeAttributes {
    return this.graph.getNodeAttributes(node);
  }

  /** Neighbours one step along the walking direction. */
  forEachOutboundNeighbor(node: string, callback: NeighborCallback): void {
    this.forEachStep(node, this.direction, callback);
  }

  /** Neighbours one step against the walking direction. */
  forEachInboundNeighbor(node: string, callback: NeighborCallback): void {
    this.forEachStep(node, reverse(this.direction), callback);
  }

  outboundNeighbors(node: string): string[] {
    const out: string[] = [];
    this.forEachOutboundNeighbor(node, (neighbor) => out.push(neighbor));
    return out;
  }

  inboundNeighbors(node: string): string[] {
    const out: string[] = [];
    this.forEachInboundNeighbor(node, (neighbor) => out.push(neighbor));
    return out;
  }

  /**
   * An edge of an allowed kind that takes a walk from `from` to `to` in one step: one
   * stored from → to, else (walking `both` ways) one stored to → from. Between parallel
   * edges (a claim both about and targeting an actor) the kind listed first wins, so the
   * answer does not depend on how graphology chains parallel edges.
   */
  stepEdge(from: string, to: string): string | undefined {
    const take = (edges: string[]): string | undefined => {
      for (const kind of this.kinds) {
        const edge = edges.find((e) => this.graph.getEdgeAttribute(e, 'kind') === kind);
        if (edge !== undefined) return edge;
      }
      return undefined;
    };
    const forward = this.direction === 'in' ? undefined : take(this.graph.outEdges(from, to));
    if (forward !== undefined || this.direction === 'out') return forward;
    return take(this.graph.outEdges(to, from));
  }

  addUndirectedEdgeWithKey(): never {
    throw new Error('claimgraph/query/edgeKindView: the view is read-only');
  }

  dropNode(): never {
    throw new Error('claimgraph/query/edgeKindView: the view is read-only');
  }

  private forEachStep(node: string, direction: Direction, callback: NeighborCallback): void {
    const seen = new Set<string>();
    const visit = (neighbor: string, attributes: NodeAttributes): void => {
      if (seen.has(neighbor)) return;
      seen.add(neighbor);
      callback(neighbor, attributes);
    };
    if (direction !== 'out') {
      this.graph.forEachInEdge(node, (_edge, attrs, source, _target, sourceAttrs) => {
        if (this.kinds.has(attrs.kind)) visit(source, sourceAttrs);
      });
    }
    if (direction !== 'in') {
      this.graph.forEachOutEdge(node, (_edge, attrs, _source, target, _sourceAttrs, targetAttrs) => {
        if (this.kinds.has(attrs.kind)) visit(target, targetAttrs);
      });
    }
  }
}

function reverse(direction: Direction): Direction {
  return direction === 'out' ? 'in' : direction === 'in' ? 'out' : 'both';
}
