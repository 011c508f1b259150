// The viewer opens files through the library's content sniffing: names do not decide.
import { describe, expect, it, vi } from 'vitest';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { graphToGexf } from '../../../src/io/gexf/index.ts';
import { graphToStatementsJson } from '../../../src/io/json/index.ts';
import { STATEMENTS_FORMAT } from '../../../src/model/index.ts';
import { openFiles, type Extractor } from '../../../web/src/files/openFiles.ts';

const curated = await loadDefaultGraph();
const file = (name: string, text: string): File => new File([text], name);
const noExtraction: Extractor = () => Promise.reject(new Error('no article was expected'));
const progress = (): void => {};

describe('openFiles', () => {
  it('opens a GEXF file whatever its name says', async () => {
    const opened = await openFiles([file('export.txt', graphToGexf(curated))], noExtraction, progress);
    expect(opened.graph.export()).toEqual(curated.export());
  });

  it('merges several graph files of different formats', async () => {
    const statements = JSON.parse(graphToStatementsJson(curated));
    statements.documents[0].id = 'copy';
    for (const s of statements.statements) s.doc = 'copy';
    const opened = await openFiles(
      [file('a.gexf', graphToGexf(curated)), file('b.data', JSON.stringify(statements))],
      noExtraction,
      progress,
    );
    expect(opened.graph.hasNode('doc:copy') && opened.graph.hasNode('doc:aleppo-2016')).toBe(true);
    expect(opened.source).toBe('a.gexf, b.data');
  });

  it('extracts plain-text articles', async () => {
    const extract = vi.fn<Extractor>(async (articles) => ({
      format: STATEMENTS_FORMAT,
      documents: articles.map((a) => ({ id: a.id })),
      actors: [],
      statements: [],
    }));
    const opened = await openFiles([file('talks.json.txt', 'Russia said the talks failed.')], extract, progress);
    expect(extract).toHaveBeenCalledOnce();
    expect(opened.graph.getNodeAttributes('doc:talks.json')).toMatchObject({ text: 'Russia said the talks failed.' });
  });

  it.each([
    [[file('a.txt', 'Russia said so.'), file('b.gexf', '<gexf/>')], 'not both at once'],
    [[file('broken.json', '{"format": "claimgraph/statements@1", "documents": [')], 'broken.json: is not valid JSON'],
    [[file('empty.txt', ' \n')], 'empty.txt: is empty'],
    [[], 'no file given'],
  ])('refuses %# with one clear message', async (files, message) => {
    await expect(openFiles(files, noExtraction, progress)).rejects.toThrow(message);
  });
});
