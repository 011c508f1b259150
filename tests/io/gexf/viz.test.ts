// GEXF styling: colours by actor kind, stance and edge kind, sizes by degree, positions.
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { graphToGexf } from '../../../src/io/gexf/index.ts';
import { edgeWeight, nodePosition, nodeSize } from '../../../src/io/flat/style.ts';
import { hexToRgb } from '../../../src/io/gexf/viz.ts';
import { ACTOR_KINDS, EDGE_KINDS, STANCES, createClaimGraph } from '../../../src/model/index.ts';
import * as palette from '../../../src/style/index.ts';

const toRgb = <K extends string>(colors: Record<K, string>): Record<K, string> =>
  Object.fromEntries(Object.entries<string>(colors).map(([key, hex]) => [key, hexToRgb(hex)])) as Record<K, string>;
const ACTOR_COLORS = toRgb(palette.ACTOR_KIND_COLORS);
const STANCE_COLORS = toRgb(palette.STANCE_COLORS);
const EDGE_COLORS = toRgb(palette.EDGE_COLORS);
const DOCUMENT_COLOR = hexToRgb(palette.DOCUMENT_COLOR);

const xml = graphToGexf(await loadDefaultGraph());
const rgb = (color: string) => {
  const [r, g, b] = color.match(/\d+/g)!;
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
};
const element = (tag: 'node' | 'edge', id: string) => {
  const start = xml.indexOf(`<${tag} id="${id}"`);
  return xml.slice(start, xml.indexOf(`</${tag}>`, start));
};

describe('viz', () => {
  it('every actor kind, stance and edge kind has its own colour', () => {
    expect(new Set(ACTOR_KINDS.map((kind) => ACTOR_COLORS[kind])).size).toBe(ACTOR_KINDS.length);
    expect(new Set(STANCES.map((stance) => STANCE_COLORS[stance])).size).toBe(STANCES.length);
    expect(new Set(EDGE_KINDS.map((kind) => EDGE_COLORS[kind])).size).toBe(EDGE_KINDS.length);
  });

  it.each([
    ['doc:aleppo-2016', DOCUMENT_COLOR],
    ['actor:russia', ACTOR_COLORS.state],
    ['actor:lavrov', ACTOR_COLORS.person],
    ['actor:sohr', ACTOR_COLORS.ngo],
    ['claim:aleppo-2016/s1', STANCE_COLORS.asserts],
    ['claim:aleppo-2016/s4', STANCE_COLORS.denies],
  ])('node %s is coloured %s', (id, color) => {
    expect(element('node', id)).toContain(rgb(color));
  });

  it('colours a claim by stance whatever the key of its speech edge', () => {
    const graph = createClaimGraph();
    graph.addNode('a', { kind: 'actor', label: 'A', actorKind: 'state', aliases: [] });
    graph.addNode('c', { kind: 'claim', label: 'C', text: 'C', doc: 'd', start: 0, end: 1, statement: 's' });
    graph.addDirectedEdgeWithKey('e1', 'a', 'c', {
      kind: 'rejects',
      statement: 's',
      doc: 'd',
      cue: null,
      evidence: { start: 0, end: 1, text: 'C' },
    });
    const own = graphToGexf(graph);
    expect(own.slice(own.indexOf('<node id="c"'))).toContain(rgb(STANCE_COLORS.rejects));
  });

  it.each([
    ['asserts:aleppo-2016/s1', EDGE_COLORS.asserts, 2],
    ['reports:aleppo-2016/s1', EDGE_COLORS.reports, 1],
    ['memberOf:lavrov', EDGE_COLORS.memberOf, 1],
  ])('edge %s is coloured %s with thickness %d', (id, color, thickness) => {
    expect(element('edge', id)).toContain(`${rgb(color)}\n        <viz:thickness value="${thickness}"/>`);
    // Gephi Lite sizes edges by weight, networkx keeps it: the same number
    expect(element('edge', id)).toMatch(
      new RegExp(`^<edge id="[^"]*" source="[^"]*" target="[^"]*" weight="${thickness}"`),
    );
    expect(edgeWeight(id.split(':')[0] as string)).toBe(thickness);
  });

  it.each([
    ['document', 0, 12],
    ['actor', 4, 8],
    ['claim', 9, 7],
  ])('a %s of degree %d has size %d', (kind, degree, size) => {
    expect(nodeSize(kind, degree)).toBe(size);
  });

  it('places nodes on a circle by rank, unless they have their own x/y', () => {
    expect(nodePosition(0, 4, undefined, undefined)).toEqual({ x: 200, y: 0 });
    expect(nodePosition(1, 4, undefined, undefined)).toEqual({ x: 0, y: 200 });
    expect(nodePosition(2, 4, 'a', 3)).toEqual({ x: -200, y: 0 });
    expect(nodePosition(2, 4, 7.5, -1)).toEqual({ x: 7.5, y: -1 });
    expect(nodePosition(0, 4, Number.NaN, 1)).toEqual({ x: 200, y: 0 });
  });
});

describe('hexToRgb', () => {
  it.each([
    ['#000000', 'rgb(0,0,0)'],
    ['#2b6cd6', 'rgb(43,108,214)'],
    ['#ffffff', 'rgb(255,255,255)'],
  ])('%s is %s', (hex, rgb) => {
    expect(hexToRgb(hex)).toBe(rgb);
  });
});
