// gexfToGraph on broken, hand-edited and foreign files: one FormatError naming the file and
// every problem, never a half graph.
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../src/errors.ts';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { gexfToGraph, graphToGexf } from '../../../src/io/gexf/index.ts';
import { toStatements } from '../../../src/model/index.ts';

const xml = graphToGexf(await loadDefaultGraph());
const at = (problem: string) => `claimgraph/io/gexf/parse: f.gexf: 1 problem:\n  ${problem}`;
const tiny = (body: string) =>
  `<?xml version="1.0"?>\n<gexf version="1.3">\n<graph defaultedgetype="directed">\n${body}</graph>\n</gexf>`;

const cases: [string, string, string][] = [
  ['empty input', ' \n', 'the file is empty'],
  ['text that is not XML', 'hello', 'not XML (no root element)'],
  [
    'a truncated file',
    xml.slice(0, xml.indexOf('<edges>')),
    'not well-formed XML: the file ends before </gexf> (truncated?)',
  ],
  [
    'a file cut inside a tag',
    xml.slice(0, xml.indexOf('<edges>') + 3),
    'not well-formed XML: the file ends inside a tag (truncated?)',
  ],
  ['mismatched tags', tiny('<nodes></edges>'), 'not well-formed XML at line 4, column 8: unexpected close tag'],
  [
    'another root element',
    '<?xml version="1.0"?><graphml><graph/></graphml>',
    'the root element is "graphml", not "gexf"',
  ],
  ['two graphs', xml.replace('</gexf>', '<graph/></gexf>'), 'a GEXF file needs exactly one <graph> element'],
  [
    'a raw control character',
    tiny('\n<nodes><node id="a\u0001"/></nodes>'),
    'character U+0001 at line 5, column 19 is not allowed in XML 1.0',
  ],
  [
    'a lone surrogate',
    tiny('<nodes><node id="\uD800"/></nodes>'),
    'character U+D800 at line 4, column 18 is not allowed in XML 1.0',
  ],
  [
    'a reference to a control character',
    tiny('<nodes><node id="&#x1;"/></nodes>'),
    'character reference &#x1; at line 4, column 18 is not allowed in XML 1.0',
  ],
  [
    'an undeclared attribute',
    xml.replace(
      '<attvalue for="kind" value="actor"/>',
      '<attvalue for="kind" value="actor"/><attvalue for="mood" value="x"/>',
    ),
    'node "actor:sohr": <attvalue for="mood"> has no <attribute> declaring it',
  ],
  [
    'an edge to a missing node',
    xml
      .replace(/<node id="actor:sohr"[\s\S]*?<\/node>/, '')
      .replace(/<edge id="asserts:aleppo-2016\/s[67]"[\s\S]*?<\/edge>/g, ''),
    'edge "asserts:aleppo-2016/s1": its source "actor:sohr" is not the id of any node',
  ],
  [
    'an unknown node kind',
    xml.replace('<attvalue for="kind" value="actor"/>', '<attvalue for="kind" value="person"/>'),
    'node "actor:sohr": kind: "person" is not one of document, actor, claim',
  ],
  [
    'an unknown actor kind',
    xml.replace('<attvalue for="actorKind" value="ngo"/>', '<attvalue for="actorKind" value="charity"/>'),
    'node "actor:sohr": actorKind: "charity": Invalid option: expected one of "state"|"government"|"military"|"armed-group"|"ngo"|"media"|"person"|"intergovernmental"|"company"|"union"|"political-group"|"other"',
  ],
  [
    'a claim without its start offset',
    xml.replace(/<attvalue for="contentStart" value="\d+"\/>/, ''),
    'node "claim:aleppo-2016/s1": start: missing: Invalid input: expected number, received undefined',
  ],
  [
    'an unknown edge kind',
    xml.replace(/(<edge id="about:aleppo-2016\/s1#0"[\s\S]*?<\/edge>)/, (edge) =>
      edge.replaceAll('about"', 'mentions"'),
    ),
    'edge "about:aleppo-2016/s1#0": kind: "mentions" is not one of asserts, accuses, denies, rejects, reports, about, targets, responds, memberOf, publishes, corroborates',
  ],
  [
    'an edge between the wrong kinds of node',
    xml.replace(
      /<edge id="about:aleppo-2016\/s1#0" source="([^"]+)" target="([^"]+)"/,
      '<edge id="about:aleppo-2016/s1#0" source="$2" target="$1"',
    ),
    'edge "about:aleppo-2016/s1#0": an about edge goes from a claim to an actor, not from an actor ("actor:rebels") to a claim ("claim:aleppo-2016/s1")',
  ],
  [
    'a claim without a speaker',
    xml.replace(/<edge id="asserts:aleppo-2016\/s1"[\s\S]*?<\/edge>/, ''),
    'node "claim:aleppo-2016/s1": a claim needs exactly one speaker edge (asserts, accuses, denies or rejects), it has 0',
  ],
  [
    'a span past the end of its document',
    xml.replace(/(<node id="claim:aleppo-2016\/s1"[\s\S]*?<attvalue for="contentEnd" value=")\d+/, '$19999'),
    'as statements@1: statements[0].content.end: 9999 is past the end of document aleppo-2016 (3543 characters)',
  ],
];

describe('gexfToGraph', () => {
  it('reads its own output', async () => {
    expect(toStatements(gexfToGraph(xml))).toStrictEqual(toStatements(await loadDefaultGraph()));
  });

  it.each(cases)('%s is a FormatError naming the problem', (_name, input, problem) => {
    expect(() => gexfToGraph(input, 'f.gexf')).toThrow(FormatError);
    expect(() => gexfToGraph(input, 'f.gexf')).toThrow(at(problem));
  });

  it('lists every problem of a hand-edited file at once', () => {
    const edited = xml
      .replace('<attvalue for="kind" value="actor"/>', '<attvalue for="kind" value="person"/>')
      .replace(/(<edge id="about:aleppo-2016\/s1#0"[\s\S]*?<\/edge>)/, (edge) =>
        edge.replaceAll('about"', 'mentions"'),
      );
    expect(() => gexfToGraph(edited, 'f.gexf')).toThrow(
      'claimgraph/io/gexf/parse: f.gexf: 2 problems:\n  node "actor:sohr": kind: "person" is not one of document, actor, claim\n  edge "about:aleppo-2016/s1#0": kind: "mentions" is not one of',
    );
  });

  it('an undirected edge is a FormatError', () => {
    const undirected = xml.replace('<graph defaultedgetype="directed">', '<graph defaultedgetype="undirected">');
    expect(() => gexfToGraph(undirected, 'f.gexf')).toThrow(
      'edge "asserts:aleppo-2016/s1": is undirected; claim graphs are directed',
    );
  });

  it('reads a foreign file with plain keys and no viz data', () => {
    const foreign = tiny(`
<attributes class="node"><attribute id="0" title="kind" type="string"/><attribute id="1" title="actorKind" type="string"/>
<attribute id="2" title="doc" type="string"/><attribute id="3" title="statement" type="string"/>
<attribute id="4" title="start" type="integer"/><attribute id="5" title="end" type="integer"/><attribute id="6" title="text" type="string"/></attributes>
<attributes class="edge"><attribute id="0" title="statement" type="string"/><attribute id="1" title="doc" type="string"/>
<attribute id="2" title="evidenceStart" type="integer"/><attribute id="3" title="evidenceEnd" type="integer"/><attribute id="4" title="evidenceText" type="string"/></attributes>
<nodes>
<node id="d" label="D"><attvalues><attvalue for="0" value="document"/><attvalue for="6" value="X said Y."/></attvalues></node>
<node id="x" label="X"><attvalues><attvalue for="0" value="actor"/><attvalue for="1" value="person"/></attvalues></node>
<node id="c" label="Y"><attvalues><attvalue for="0" value="claim"/><attvalue for="2" value="d"/><attvalue for="3" value="s1"/><attvalue for="4" value="7"/><attvalue for="5" value="8"/><attvalue for="6" value="Y"/></attvalues></node>
</nodes>
<edges><edge id="e" source="x" target="c" kind="asserts"><attvalues><attvalue for="0" value="s1"/><attvalue for="1" value="d"/><attvalue for="2" value="0"/><attvalue for="3" value="9"/><attvalue for="4" value="X said Y."/></attvalues></edge></edges>`);
    const graph = gexfToGraph(foreign);
    expect(graph.nodes()).toEqual(['doc:d', 'actor:x', 'claim:d/s1']);
    expect(toStatements(graph).statements).toEqual([
      {
        id: 's1',
        doc: 'd',
        speaker: 'x',
        stance: 'asserts',
        cue: null,
        content: { start: 7, end: 8, text: 'Y' },
        evidence: { start: 0, end: 9, text: 'X said Y.' },
        targets: [],
        about: [],
        responds: [],
      },
    ]);
  });
});
