// What Gephi Lite writes when a user opens a GEXF file and exports it again as GEXF,
// reproduced from its source (gephi/gephi-lite at 36b6566: core/file/utils.ts parses with
// graphology-gexf, allowUndeclaredAttributes and addMissingNodes; core/graph/utils.ts
// initializeGraphDataset turns every value into a scalar with the SDK's toScalar (objects and
// arrays become JSON text) and keeps x/y as the layout; appearance/utils.ts
// inferAppearanceState sizes nodes by `size`, colours by `color`, labels by `label`, sizes
// edges by `weight`; exportAsGexf applies those visual properties and calls graphology-gexf's
// `write(graph, {})`: GEXF 1.2 with graphology-gexf's default formatter, no meta).
import Graph, { MultiGraph } from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';

const SCALAR_TYPES = new Set(['boolean', 'number', 'string', 'undefined']);

function toScalar(value: unknown): unknown {
  if (SCALAR_TYPES.has(typeof value)) return value;
  if (value instanceof Date) return value.toString();
  if (value instanceof Object) return JSON.stringify(value);
  if (value === null) return undefined;
  return `${value as string}`;
}

const scalars = (attrs: Attributes): Attributes =>
  Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key, toScalar(value)]));

const DEFAULT_NODE_SIZE = 5;
const DEFAULT_EDGE_SIZE = 1;
const DEFAULT_COLOR = '#999999';

export function gephiLiteRoundTrip(xml: string): string {
  const opened = parse(Graph, xml, { allowUndeclaredAttributes: true, addMissingNodes: true });
  const exported = new MultiGraph({ type: opened.type });
  opened.forEachNode((node, attrs) => {
    const { x, y, ...rest } = attrs;
    const data = scalars(rest);
    exported.addNode(node, {
      ...data,
      x: typeof x === 'number' ? x : 0,
      y: typeof y === 'number' ? y : 0,
      size: typeof data.size === 'number' ? data.size : DEFAULT_NODE_SIZE,
      rawSize: typeof data.size === 'number' ? data.size : DEFAULT_NODE_SIZE,
      color: typeof data.color === 'string' ? data.color : DEFAULT_COLOR,
      label: typeof data.label === 'string' ? data.label : null,
      image: '',
    });
  });
  opened.forEachEdge((edge, attrs, source, target) => {
    const data = scalars(attrs);
    const weight = typeof data.weight === 'number' ? data.weight : DEFAULT_EDGE_SIZE;
    exported.addDirectedEdgeWithKey(edge, source, target, {
      ...data,
      weight,
      rawWeight: weight,
      color: typeof data.color === 'string' ? data.color : DEFAULT_COLOR,
      label: typeof data.label === 'string' ? data.label : null,
    });
  });
  return write(exported, {});
}
