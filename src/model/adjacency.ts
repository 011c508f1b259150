// Faster edge insertion into graphology graphs. graphology keeps each node's neighbours in two
// plain objects (`in`, `out`) keyed by neighbour key. V8 gives every small object that gains
// unique keys a hidden class of its own, one new hidden class per key added, so a node with a
// few neighbours costs a chain of hidden classes and adding an edge costs about twice what it
// would in a hash table (at 100k nodes and 320k edges: 2.95 s → 1.70 s CPU to add them all,
// median of 6). Objects created in dictionary mode (a null-prototype object, then given
// Object's prototype back, so that graphology's hasOwnProperty calls still work) are hash
// tables from the start.
//
// graphology builds a node's record with its `NodeDataClass` (a private, writable property of
// the graph, the same in every 0.2x release); the graph gets a subclass whose `clear` (run by
// the constructor and by graph.clear) makes dictionary-mode objects. A graphology without that
// property is left as it is: the graph is the same, only slower to build.

type NodeDataClass = new (key: string, attributes: unknown) => object;

const dictionary = (): Record<string, unknown> =>
  Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;

const subclasses = new WeakMap<NodeDataClass, NodeDataClass>();

function withDictionaries(Base: NodeDataClass): NodeDataClass {
  let Sub = subclasses.get(Base);
  if (!Sub) {
    Sub = class extends Base {
      clear(): void {
        (Base.prototype as { clear(): void }).clear.call(this);
        const record = this as Record<string, unknown>;
        for (const name of ['in', 'out', 'undirected'])
          if (typeof record[name] === 'object' && record[name] !== null) record[name] = dictionary();
      }
    };
    subclasses.set(Base, Sub);
  }
  return Sub;
}

/** Makes `graph` keep its adjacency in dictionary-mode objects; returns the graph. */
export function withDictionaryAdjacency<G extends object>(graph: G): G {
  const internal = graph as { NodeDataClass?: unknown };
  const Base = internal.NodeDataClass;
  if (typeof Base === 'function' && typeof (Base.prototype as { clear?: unknown }).clear === 'function')
    internal.NodeDataClass = withDictionaries(Base as NodeDataClass);
  return graph;
}
