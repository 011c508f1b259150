// The one way in for graph texts: the content decides the format, never the name; several
// texts merge; anything else is one clear error.
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../src/io/defaultGraph.ts';
import { graphToGexf } from '../../src/io/gexf/index.ts';
import { graphFromText, graphFromTexts, jsonFormat, sniffText, statementsFromText } from '../../src/io/graphText.ts';
import { graphToJson, graphToStatementsJson } from '../../src/io/json/index.ts';
import { toStatements } from '../../src/model/index.ts';

const curated = await loadDefaultGraph();
const texts = {
  gexf: graphToGexf(curated),
  json: graphToJson(curated),
  statements: graphToStatementsJson(curated),
};

describe('sniffText', () => {
  it.each([
    ['<?xml version="1.0"?><gexf/>', 'xml'],
    ['\uFEFF  \n<gexf/>', 'xml'],
    ['{"nodes": []}', 'json'],
    ['\n\t{', 'json'],
    ['[1, 2]', 'text'],
    ['MOSCOW (Reuters) - Russia said…', 'text'],
    ['', 'text'],
  ])('%j is %s', (text, kind) => {
    expect(sniffText(text)).toBe(kind);
  });
});

describe('graphFromText', () => {
  it.each(Object.entries(texts))('reads %s by its content, whatever the name', (_format, text) => {
    const graph = graphFromText(text, 'named-wrongly.txt');
    expect(graph.export()).toEqual(curated.export());
  });

  it.each([
    ['plain text', 'Russia said the talks failed.', 'is neither GEXF, graphology JSON'],
    ['a JSON array', '[]', 'is neither GEXF, graphology JSON'],
    ['invalid JSON', '{"nodes": [', 'claimgraph/io/sniff: f: is not valid JSON ('],
    ['another format', '{"format": "claimgraph/statements@2"}', 'has format "claimgraph/statements@2"'],
    ['JSON of something else', '{"name": "x"}', 'is neither GEXF, graphology JSON'],
    ['XML that is not GEXF', '<graphml><graph/></graphml>', 'the root element is "graphml", not "gexf"'],
  ])('%s is one clear error', (_name, text, message) => {
    expect(() => graphFromText(text, 'f')).toThrow(message);
  });
});

describe('jsonFormat', () => {
  it('tells statements@1 from graphology JSON', () => {
    expect(jsonFormat(JSON.parse(texts.statements), 's')).toBe('statements');
    expect(jsonFormat(JSON.parse(texts.json), 'g')).toBe('json');
  });
});

describe('graphFromTexts', () => {
  it('reads one text as it is and merges several of any format', async () => {
    const statements = toStatements(curated);
    const other = {
      ...statements,
      documents: statements.documents.map((d) => ({ ...d, id: `${d.id}-copy` })),
      statements: statements.statements.map((s) => ({ ...s, doc: `${s.doc}-copy` })),
    };
    const merged = graphFromTexts([
      { name: 'a.gexf', text: texts.gexf },
      { name: 'b.json', text: JSON.stringify(other) },
    ]);
    expect(merged.order).toBe(curated.order + statements.documents.length + statements.statements.length);
    expect(toStatements(merged).documents.map((d) => d.id)).toEqual(['aleppo-2016', 'aleppo-2016-copy']);
  });

  it('statementsFromText gives statements@1 of any graph text', () => {
    for (const text of Object.values(texts)) {
      // a statements@1 file says its offset unit; the graph's projection does not repeat it
      const { offsets: _unit, ...data } = statementsFromText(text, 'x').data;
      expect(data).toStrictEqual(toStatements(curated));
    }
  });

  it('needs a file', () => {
    expect(() => graphFromTexts([])).toThrow('no file given');
  });
});
