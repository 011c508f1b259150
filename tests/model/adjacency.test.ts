// A claim graph keeps its adjacency in dictionary-mode objects (src/model/adjacency.ts): it must
// answer every question as a plain graphology graph given the same operations does, and the
// hook must still be in place (a graphology upgrade that drops NodeDataClass would silently
// make it a no-op).
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { withDictionaryAdjacency } from '../../src/model/adjacency.ts';
import { createClaimGraph } from '../../src/model/index.ts';

type Graph = MultiDirectedGraph;
const plain = (): Graph => new MultiDirectedGraph({ allowSelfLoops: true });

// no keys named like Object.prototype's properties: graphology's plain objects mistake them for neighbours
const NODES = ['a', 'b', 'c', 'claim:d1/s1', 'actor:x', 'doc:d1'];
const node = fc.constantFrom(...NODES);
const operation = fc.oneof(
  fc.record({ op: fc.constant('addEdge' as const), source: node, target: node }),
  fc.record({ op: fc.constant('dropNode' as const), node }),
  fc.record({ op: fc.constant('dropEdgesBetween' as const), source: node, target: node }),
  fc.record({ op: fc.constant('clearEdges' as const) }),
  fc.record({ op: fc.constant('clear' as const) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function apply(graph: Graph, operations: readonly Operation[]): void {
  operations.forEach((operation, i) => {
    if (operation.op === 'addEdge') {
      graph.mergeNode(operation.source);
      graph.mergeNode(operation.target);
      graph.addDirectedEdgeWithKey(`e${i}`, operation.source, operation.target, { i });
    } else if (operation.op === 'dropNode') {
      if (graph.hasNode(operation.node)) graph.dropNode(operation.node);
    } else if (operation.op === 'dropEdgesBetween') {
      if (graph.hasNode(operation.source) && graph.hasNode(operation.target))
        for (const edge of graph.edges(operation.source, operation.target)) graph.dropEdge(edge);
    } else if (operation.op === 'clearEdges') graph.clearEdges();
    else graph.clear();
  });
}

/** Everything a reader of the graph can ask about its structure. */
function answers(graph: Graph): unknown {
  return {
    export: graph.export(),
    nodes: graph.mapNodes((key) => ({
      key,
      in: graph.inNeighbors(key),
      out: graph.outNeighbors(key),
      inEdges: graph.inEdges(key),
      outEdges: graph.outEdges(key),
      degree: [graph.inDegree(key), graph.outDegree(key), graph.selfLoopCount],
      to: NODES.map((other) => [
        graph.hasNode(other) && graph.hasDirectedEdge(key, other),
        graph.hasNode(other) && graph.areNeighbors(key, other),
        graph.hasNode(other) ? graph.edges(key, other) : [],
      ]),
    })),
  };
}

describe('claim graph adjacency', () => {
  it('answers as a plain graphology graph given the same operations', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const [fast, reference] = [createClaimGraph() as Graph, plain()];
        apply(fast, operations);
        apply(reference, operations);
        expect(answers(fast)).toEqual(answers(reference));
        expect(answers(fast.copy())).toEqual(answers(reference.copy()));
      }),
      { numRuns: 300 },
    );
  });

  it('replaces the node records of graphology (the hook is in place)', () => {
    const internal = (graph: object): unknown => (graph as { NodeDataClass?: unknown }).NodeDataClass;
    expect(internal(plain())).toBeTypeOf('function');
    expect(internal(createClaimGraph())).not.toBe(internal(plain()));
    expect(Object.getPrototypeOf((internal(createClaimGraph()) as { prototype: object }).prototype)).toBe(
      (internal(plain()) as { prototype: object }).prototype,
    );
  });

  it('leaves a graph without the hook as it is', () => {
    const graph = {};
    expect(withDictionaryAdjacency(graph)).toBe(graph);
    expect(graph).toEqual({});
  });
});
