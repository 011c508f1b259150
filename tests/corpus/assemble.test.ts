import { describe, expect, it } from 'vitest';
import { assembleCorpus, CorpusAssembler, type DocResult } from '../../src/corpus/assemble.ts';
import { gazetteerEntries } from '../../src/extract/index.ts';
import { generateCorpus } from '../../src/synth/index.ts';
import { truthResults } from './fixtures/corpus.ts';

describe('CorpusAssembler', () => {
  const gazetteer = gazetteerEntries();
  const results = (): DocResult[] => truthResults(generateCorpus({ articles: 40, seed: 3, gazetteer }));

  it('emits, after its cluster pass has released the clusterer, what assembleCorpus gives', () => {
    const expected = assembleCorpus(results(), { gazetteer });
    const records = expected.statements.documents.map((d) => results().find((r) => r.document.id === d.id)!);
    const assembler = new CorpusAssembler({ gazetteer });
    for (const record of records) assembler.identify(record);
    for (const record of records) assembler.cluster(record);
    const documents = records.map((record) => assembler.emitDocument(record));
    let first = 0;
    const statements = records.flatMap((record) => {
      const emitted = assembler.emitStatements(record, first);
      first += record.statements.length;
      return emitted;
    });
    expect(statements.some((st) => st.cluster)).toBe(true);
    expect({ documents, statements, clusters: assembler.multiDocumentClusters }).toEqual({
      documents: expected.statements.documents,
      statements: expected.statements.statements,
      clusters: expected.clusters,
    });
  });

  it('refuses to cluster once it has emitted (the clusterer is released then)', () => {
    const [record] = results();
    const assembler = new CorpusAssembler({ gazetteer });
    assembler.identify(record!);
    assembler.cluster(record!);
    assembler.emitDocument(record!);
    expect(() => assembler.cluster(record!)).toThrow(
      'claimgraph/corpus/assemble: cluster() after emitDocument() or emitStatements()',
    );
  });
});
