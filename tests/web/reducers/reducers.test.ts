// The node and edge reducers: resting style, fading outside the focus, hiding by filter,
// highlighting of the selection, the cursor and a path.
import { describe, expect, it } from 'vitest';
import {
  ACTOR_KIND_COLORS,
  EDGE_COLORS,
  FADED_EDGE,
  FADED_NODE,
  FOCUS_EDGE,
  PATH_EDGE,
  STANCE_COLORS,
  buildGraphIndex,
  focusOf,
  hiddenNodes,
  reduceEdge,
  reduceNode,
  type ReducerView,
} from '../../../web/src/reducers/index.ts';
import { defaultFilters, initialState, type ViewState } from '../../../web/src/state/index.ts';
import { tinyGraph } from './fixture.ts';

const graph = tinyGraph();
const index = buildGraphIndex(graph);

function viewOf(patch: Partial<ViewState>): ReducerView {
  const state = { ...initialState(), ...patch };
  return {
    graph,
    index,
    state,
    hidden: hiddenNodes(graph, index, state.filters),
    focus: focusOf(graph, state),
    claimLabels: true,
    fade: true,
  };
}
const node = (view: ReducerView, key: string) => reduceNode(view, key, graph.getNodeAttributes(key));
const edge = (view: ReducerView, key: string) => reduceEdge(view, key, graph.getEdgeAttributes(key));

describe('reduceNode', () => {
  it('colours actors by kind and claims by stance at rest', () => {
    const view = viewOf({});
    expect(node(view, 'actor:a').color).toBe(ACTOR_KIND_COLORS.person);
    expect(node(view, 'actor:c').color).toBe(ACTOR_KIND_COLORS.ngo);
    expect(node(view, 'claim:d/s2').color).toBe(STANCE_COLORS.accuses);
    expect(node(view, 'claim:d/s2').label).toBe('of shelling');
  });

  it('fades what is not next to the hovered node', () => {
    const view = viewOf({ hovered: 'actor:c' });
    expect(node(view, 'actor:c')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node(view, 'claim:d/s2').color).toBe(STANCE_COLORS.accuses);
    expect(node(view, 'claim:d/s1')).toMatchObject({ color: FADED_NODE, label: null });
    expect(node(view, 'actor:b').color).toBe(FADED_NODE);
  });

  it('lets the hover win over the selection', () => {
    const view = viewOf({ hovered: 'actor:c', selected: 'actor:b' });
    expect(node(view, 'actor:b').color).toBe(FADED_NODE);
    expect(node(view, 'actor:b').highlighted).toBe(true);
  });

  it('hides filtered nodes and leaves claim labels out on large graphs', () => {
    const view = viewOf({ filters: { ...defaultFilters(), stances: ['asserts'] } });
    expect(node(view, 'claim:d/s2').hidden).toBe(true);
    expect(node({ ...viewOf({}), claimLabels: false }, 'claim:d/s1').label).toBeNull();
  });

  it('highlights the arrow-key cursor', () => {
    const view = viewOf({ selected: 'actor:a', cursor: 'claim:d/s1' });
    expect(node(view, 'claim:d/s1').highlighted).toBe(true);
  });
});

describe('reduceEdge', () => {
  it('colours edges by kind at rest', () => {
    const view = viewOf({});
    expect(edge(view, 'accuses:d/s2').color).toBe(EDGE_COLORS.accuses);
    expect(edge(view, 'responds:d/s3→s2').color).toBe(EDGE_COLORS.responds);
  });

  it('fades edges outside the focus and strengthens those in it', () => {
    const view = viewOf({ selected: 'actor:c' });
    expect(edge(view, 'asserts:d/s1').color).toBe(FADED_EDGE);
    expect(edge(view, 'accuses:d/s2')).toMatchObject({ color: EDGE_COLORS.accuses, zIndex: 1 });
  });

  it('hides the edges of hidden nodes', () => {
    const view = viewOf({ filters: { ...defaultFilters(), stances: ['asserts'] } });
    expect(edge(view, 'accuses:d/s2').hidden).toBe(true);
    expect(edge(view, 'asserts:d/s1').hidden).toBeUndefined();
  });

  it('on large graphs, brings the focus forward without fading the rest', () => {
    const view = { ...viewOf({ hovered: 'actor:c' }), fade: false };
    expect(edge(view, 'asserts:d/s1').color).toBe(EDGE_COLORS.asserts);
    expect(edge(view, 'accuses:d/s2')).toMatchObject({ color: FOCUS_EDGE, zIndex: 1 });
    expect(node(view, 'actor:b').color).toBe(ACTOR_KIND_COLORS.state);
    expect(node(view, 'claim:d/s2').forceLabel).toBe(true);
  });

  it('draws a path thick and dark', () => {
    const view = viewOf({
      pathResult: {
        nodes: ['actor:c', 'claim:d/s2', 'actor:a'],
        edges: ['accuses:d/s2', 'targets:d/s2#0'],
        message: null,
      },
    });
    expect(edge(view, 'targets:d/s2#0')).toMatchObject({ color: PATH_EDGE, size: 4 });
    expect(edge(view, 'asserts:d/s1').color).toBe(FADED_EDGE);
    expect(node(view, 'actor:a').forceLabel).toBe(true);
  });
});
