// Graphs that are not claim graphs: a plain Gephi GEXF or graphology JSON opens as a plain
// graph with its own attributes; a claim-graph import of one is refused in one line (not a
// problem per node); a broken claim graph is still refused with its problems.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/errors.ts';
import { gexfToAnyGraph, jsonToAnyGraph } from '../../src/io/plainGraph.ts';
import { gexfToGraph, graphToGexf } from '../../src/io/gexf/index.ts';
import { graphToJson, jsonToGraph } from '../../src/io/json/index.ts';
import { loadDefaultGraph } from '../../src/io/defaultGraph.ts';

const SAMPLE = readFileSync(new URL('../fixtures/foreign/gephi-sample.gexf', import.meta.url), 'utf8');
const plainJson = {
  attributes: { name: 'karate' },
  options: { type: 'undirected', multi: false, allowSelfLoops: false },
  nodes: [
    { key: '1', attributes: { label: 'Mr Hi', club: 'Mr. Hi' } },
    { key: '2', attributes: { club: 'Officer' } },
  ],
  edges: [{ source: '1', target: '2', undirected: true, attributes: { weight: 4 } }],
};

describe('opening a graph that is not a claim graph', () => {
  it('a Gephi GEXF opens as a plain graph with its own attributes, positions, sizes and colours', () => {
    const opened = gexfToAnyGraph(SAMPLE, 'gephi-sample.gexf');
    expect(opened.kind).toBe('plain');
    if (opened.kind !== 'plain') return;
    expect(opened.reason).toBe(
      'is not a claimgraph graph: none of its nodes has a "kind" of document, actor or claim (a plain graph of 3 nodes and 2 edges)',
    );
    expect([opened.graph.order, opened.graph.size, opened.graph.type]).toEqual([3, 2, 'undirected']);
    expect(opened.graph.getNodeAttributes('n0')).toMatchObject({
      label: 'Myriel',
      city: 'Digne',
      modularity_class: 1,
      size: 28,
      x: -10,
      y: 20,
    });
    expect(opened.graph.getNodeAttribute('n0', 'color')).toMatch(/^(#eb5148|rgb\(235,\s*81,\s*72\))$/i);
  });

  it('a plain graphology JSON opens as a plain graph', () => {
    const opened = jsonToAnyGraph(JSON.stringify(plainJson), 'karate.json');
    expect(opened.kind).toBe('plain');
    expect(opened.graph.getNodeAttributes('2')).toEqual({ club: 'Officer' });
  });

  it('read strictly as a claim graph, it is still refused', () => {
    expect(() => gexfToGraph(SAMPLE, 'gephi-sample.gexf')).toThrow(FormatError);
    expect(() => jsonToGraph(plainJson, 'karate.json')).toThrow(FormatError);
  });

  it('claim graphs still open as claim graphs', async () => {
    const aleppo = await loadDefaultGraph();
    const fromGexf = gexfToAnyGraph(graphToGexf(aleppo), 'aleppo.gexf');
    const fromJson = jsonToAnyGraph(graphToJson(aleppo), 'aleppo.json');
    expect([fromGexf.kind, fromGexf.graph.order, fromJson.kind, fromJson.graph.size]).toEqual([
      'claims',
      aleppo.order,
      'claims',
      aleppo.size,
    ]);
  });

  it('a broken claim graph is refused with its problems, not shown as a plain graph', async () => {
    const aleppo = await loadDefaultGraph();
    const data = JSON.parse(graphToJson(aleppo));
    data.nodes[0].attributes.kind = 'article';
    expect(() => jsonToAnyGraph(data, 'broken.json')).toThrow(
      /broken\.json: 1 problem:\n {2}node "[^"]+": kind: "article"/,
    );
  });

  it('an empty graph is an empty claim graph, and a malformed file keeps its own message', () => {
    expect(jsonToAnyGraph({ nodes: [], edges: [] }, 'empty.json').graph.order).toBe(0);
    expect(() => gexfToAnyGraph('<gexf><graph><nodes>', 'cut.gexf')).toThrow(
      /cut\.gexf: 1 problem:\n {2}not well-formed XML/,
    );
  });
});
