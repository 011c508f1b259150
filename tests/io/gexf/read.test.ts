// The streaming GEXF reader: the same graph whatever the pieces the text comes in, problems
// pointed at where they are, and the GEXF that other tools write (numeric attribute ids,
// defaults, edges without ids) read as graphology-gexf reads it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { GexfGraphReader, gexfToGraph, graphToGexf } from '../../../src/io/gexf/index.ts';
import { GexfReader } from '../../../src/io/gexf/read.ts';
import { buildGraph, toStatements } from '../../../src/model/index.ts';
import { statementsFile } from '../../model/arbitraries.ts';

const curated = await loadDefaultGraph();
const xml = graphToGexf(curated);

/** Cuts a text at the given places, moved off the middle of a surrogate pair. */
function cut(text: string, places: number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let at of [...new Set(places)].sort((a, b) => a - b)) {
    if (/[\uDC00-\uDFFF]/.test(text.charAt(at))) at++;
    if (at <= from || at >= text.length) continue;
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces;
}

function readPieces(pieces: readonly string[], source = 'f.gexf') {
  const reader = new GexfGraphReader(source);
  for (const piece of pieces) reader.write(piece);
  return reader.end().graph();
}

function problemOf(pieces: readonly string[]): string {
  try {
    readPieces(pieces);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no problem';
}

describe('GexfGraphReader', () => {
  it('reads the curated graph in pieces of any size, one character included', () => {
    expect(readPieces(xml.split('')).export()).toEqual(curated.export());
    fc.assert(
      fc.property(fc.array(fc.nat({ max: xml.length }), { maxLength: 40 }), (places) => {
        expect(readPieces(cut(xml, places)).export()).toEqual(curated.export());
      }),
      { numRuns: 30 },
    );
  });

  it('reads generated graphs of hostile strings cut anywhere', () => {
    fc.assert(
      fc.property(statementsFile({ hostile: true }), fc.array(fc.nat(), { maxLength: 12 }), (data, places) => {
        const text = graphToGexf(buildGraph(data));
        const pieces = cut(
          text,
          places.map((p) => p % text.length),
        );
        expect(toStatements(readPieces(pieces))).toStrictEqual(data);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['a raw control character', 'a\u0001', 'character U+0001', 1],
    ['a reference to a control character', '&#x1;', 'character reference &#x1;', 0],
  ])('points at %s wherever the text is cut', (_name, bad, what, shift) => {
    const text = xml.replace('label="Syrian Observatory for Human Rights"', `label="${bad}"`);
    const at = text.indexOf(bad) + shift;
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    const whole = problemOf([text]);
    expect(whole).toContain(`${what} at line ${line}, column ${column} is not allowed in XML 1.0`);
    for (const offset of [-3, 0, 1, 2]) expect(problemOf(cut(text, [at + offset]))).toBe(whole);
  });

  it('lists the problems of elements and keeps reading', () => {
    const twice = xml.replace('</nodes>', '<node id="actor:sohr" label="again"/></nodes>');
    expect(problemOf([twice])).toContain('node "actor:sohr": the id already exists (a node appears twice)');
  });
});

describe('GEXF written by other tools', () => {
  const foreign = (nodes: string, edges: string, graphAttributes = 'defaultedgetype="directed"') =>
    `<?xml version='1.0' encoding='utf-8'?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph ${graphAttributes} mode="static">
<attributes class="node" mode="static"><attribute id="0" title="kind" type="string"><default>actor</default></attribute><attribute id="1" title="actorKind" type="string"/><attribute id="2" title="aliases" type="liststring"/></attributes>
<nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;

  it('numeric attribute ids stand for their titles, and defaults fill missing values', () => {
    const attributes: unknown[] = [];
    const reader = new GexfReader(
      { node: (_id, data) => attributes.push(data), edge: () => {}, problem: (p) => attributes.push(p) },
      'f.gexf',
      'test',
    );
    reader.write(
      foreign(
        '<node id="x" label="X"><attvalues><attvalue for="1" value="state"/><attvalue for="2" value="[&quot;A, B&quot;, C]"/></attvalues><viz:color xmlns:viz="v" r="1" g="2" b="3"/></node>',
        '',
      ),
    );
    reader.end();
    expect(attributes).toEqual([
      { label: 'X', kind: 'actor', actorKind: 'state', aliases: ['A, B', 'C'], color: 'rgb(1,2,3)' },
    ]);
  });

  it('edges without ids and undirected edges are named in the problems', () => {
    const nodes = '<node id="a"><attvalues><attvalue for="1" value="state"/></attvalues></node>';
    expect(problemOf([foreign(nodes, '<edge source="a" target="a"/>', '')])).toContain(
      'edge #1 (no id): is undirected; claim graphs are directed',
    );
  });

  it('a GEXF without <graph> is refused', () => {
    expect(() => gexfToGraph('<gexf version="1.3"></gexf>', 'f.gexf')).toThrow(
      'a GEXF file needs exactly one <graph> element',
    );
  });
});
