import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCorpus, CorpusAssembler, orderKey, byCorpusOrder, type DocResult } from '../../src/corpus/assemble.ts';
import { isGeneric } from '../../src/corpus/cluster/index.ts';
import { SpilledClusters } from '../../src/corpus/ingest/spilledClusters.ts';
import { contentSignature } from '../../src/corpus/normalise.ts';
import { gazetteerEntries } from '../../src/extract/index.ts';
import { generateCorpus } from '../../src/synth/index.ts';
import { tempDirs } from '../support/tempDir.ts';
import { truthResults } from './fixtures/corpus.ts';

const newDir = tempDirs('spilled-clusters');
const gazetteer = gazetteerEntries();

/** The corpus assembled with its clusters found in shares of `share` statements through files in `dir`. */
async function assembleSpilled(results: DocResult[], dir: string, share: number) {
  const records = results
    .map((record) => ({ record, ...orderKey(record.document) }))
    .sort(byCorpusOrder)
    .map(({ record }) => record);
  const assembler = new CorpusAssembler({ gazetteer });
  for (const record of records) assembler.identify(record);
  const statements = records.reduce((n, r) => n + r.statements.length, 0);
  const spill = new SpilledClusters(
    { output: join(dir, 'corpus.statements.json'), statements, documents: records.length, partitionStatements: share },
    (doc) => (records[doc] as DocResult).document.id,
  );
  try {
    for (const record of records) await spill.add(assembler.forClustering(record));
    await spill.cluster();
  } finally {
    await spill.remove();
  }
  assembler.assign(spill);
  let first = 0;
  const emitted = records.flatMap((record) => {
    const out = assembler.emitStatements(record, first);
    first += record.statements.length;
    return out;
  });
  return { statements: emitted, clusters: assembler.multiDocumentClusters, shares: Math.ceil(statements / share) };
}

describe('SpilledClusters', () => {
  it('clusters a corpus in shares through files exactly as in memory, waiting answers included, and leaves no file', async () => {
    const results = () => truthResults(generateCorpus({ articles: 300, seed: 5, gazetteer }));
    const expected = assembleCorpus(results(), { gazetteer });
    const waiting = expected.statements.statements.filter(
      (st) => st.responds.length && isGeneric(contentSignature(st.content.text)),
    );
    expect(waiting.length).toBeGreaterThan(0);
    expect(expected.clusters).toBeGreaterThan(10);
    for (const share of [40, 1000]) {
      const dir = newDir();
      const spilled = await assembleSpilled(results(), dir, share);
      expect(spilled.shares).toBeGreaterThan(1);
      expect(spilled.statements).toEqual(expected.statements.statements);
      expect(spilled.clusters).toBe(expected.clusters);
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});
