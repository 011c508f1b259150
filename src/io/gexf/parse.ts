// GEXF → ClaimGraph: the streaming reader (read.ts) gives typed elements, the shared column
// mapping (attributes.ts) turns them back into ClaimGraph attributes and undoes the escape of
// keys and values (xmlSafe.ts), and GraphChecker (checkedGraph.ts) checks them as they come
// and builds the graph once. The text is parsed once, whole or in chunks; nothing but the
// elements' projection and the graph is held. Browser-safe: strings in.
import type { ClaimGraph } from '../../model/index.ts';
import { GraphChecker } from '../checkedGraph.ts';
import { edgeFromGexf, nodeFromGexf } from './attributes.ts';
import { GexfReader } from './read.ts';
import { unescapeValue as unescapeKey } from './xmlSafe.ts';

const MODULE = 'claimgraph/io/gexf/parse';

/** Reads GEXF text piece by piece into a GraphChecker; end() gives the checker, whose graph() is the result. */
export class GexfGraphReader {
  readonly checker: GraphChecker;
  private readonly reader: GexfReader;

  constructor(source = 'GEXF') {
    const checker = (this.checker = new GraphChecker(source, MODULE));
    this.reader = new GexfReader(
      {
        node: (id, attributes) => checker.node(unescapeKey(id), nodeFromGexf(attributes)),
        edge: (id, from, to, undirected, attributes) =>
          checker.edge(
            id === undefined ? undefined : unescapeKey(id),
            unescapeKey(from),
            unescapeKey(to),
            edgeFromGexf(attributes),
            undirected,
          ),
        problem: (message) => checker.problem(message),
      },
      source,
      MODULE,
    );
  }

  write(chunk: string): void {
    this.reader.write(chunk);
  }

  end(): GraphChecker {
    this.reader.end();
    return this.checker;
  }
}

/** Reads GEXF (as written by graphToGexf, or by Gephi, networkx, … with claimgraph's columns). */
export function gexfToGraph(xml: string, source = 'GEXF'): ClaimGraph {
  const reader = new GexfGraphReader(source);
  reader.write(xml);
  return reader.end().graph();
}
