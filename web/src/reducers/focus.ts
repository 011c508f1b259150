// The part of the graph that the current focus brings forward: the hovered node (or else
// the selection) with its neighbours and the edges between them, plus a path if one is shown.
// Nothing in focus means nothing fades.
import type Graph from 'graphology';
import type { ViewState } from '../state/types.ts';

export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes and edges of the shown path, drawn stronger than the rest of the focus. */
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
}

export const NO_FOCUS: Focus = { nodes: new Set(), edges: new Set(), pathNodes: new Set(), pathEdges: new Set() };

export function neighbourhood(graph: Graph, node: string): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

export function focusOf(graph: Graph, state: Pick<ViewState, 'hovered' | 'selected' | 'pathResult'>): Focus {
  const pathNodes = new Set(state.pathResult.nodes);
  const pathEdges = new Set(state.pathResult.edges);
  const centre = [state.hovered, state.selected].find((node) => node !== null && graph.hasNode(node));
  if (!centre) {
    return pathNodes.size ? { nodes: pathNodes, edges: pathEdges, pathNodes, pathEdges } : NO_FOCUS;
  }
  const around = neighbourhood(graph, centre);
  if (centre === state.hovered) return { ...around, pathNodes, pathEdges };
  for (const node of pathNodes) around.nodes.add(node);
  for (const edge of pathEdges) around.edges.add(edge);
  return { ...around, pathNodes, pathEdges };
}

export const hasFocus = (focus: Focus): boolean => focus.nodes.size > 0;
