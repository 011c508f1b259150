import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteerEntries } from '../../src/extract/index.ts';
import { cachePath, ingestCorpus, readSources, type IngestProblem } from '../../src/corpus/ingest/index.ts';
import { generateCorpus } from '../../src/synth/index.ts';
import { corroborations } from '../../src/corpus/queries/index.ts';
import { readGraphFile } from '../../src/io/graphFile.ts';
import type { DocumentNode } from '../../src/model/index.ts';
import { tempDirs } from '../support/tempDir.ts';

const oracle = new URL('./fixtures/oracleExtractor.ts', import.meta.url).href;
const corpus = generateCorpus({ articles: 60, seed: 4, gazetteer: gazetteerEntries() });
const line = (a: (typeof corpus.articles)[number]) =>
  JSON.stringify({ id: a.id, title: a.title, published: a.published, url: a.url, outlet: a.outlet, text: a.text });
const freshDir = tempDirs('ingest');
let dir: string;

beforeAll(() => {
  dir = freshDir();
  process.env.CLAIMGRAPH_ORACLE = join(dir, 'truth.json');
  writeFileSync(process.env.CLAIMGRAPH_ORACLE, JSON.stringify(corpus.statements));
  writeFileSync(join(dir, 'corpus.jsonl'), corpus.articles.map(line).join('\n') + '\n');
});

async function collect(paths: string[], maxBytes?: number) {
  const items = [];
  for await (const item of readSources(paths, maxBytes))
    items.push(
      'problem' in item
        ? `${item.problem.where.replace(dir, 'DIR')} ${item.problem.reason}`
        : `article ${item.article.id}`,
    );
  return items;
}

describe('readSources', () => {
  it('reports each bad input with its file and line, and goes on', async () => {
    const jsonl = join(dir, 'bad.jsonl');
    writeFileSync(
      jsonl,
      [
        '{"id":"ok1","text":"Russia said so."}',
        '{"id":',
        '',
        '{"id":"","text":"x"}',
        '{"id":"e","text":""}',
        `{"id":"big","text":"${'x'.repeat(2000)}"}`,
        '{"id":"ok2","text":"Iran said so."}',
      ].join('\n'),
    );
    const texts = join(dir, 'texts');
    mkdirSync(texts);
    writeFileSync(join(texts, 'a.txt'), 'Russia said so.');
    writeFileSync(join(texts, 'empty.txt'), '');
    writeFileSync(join(texts, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(texts, 'notes.md'), 'ignored: not .txt');
    expect(await collect([jsonl, texts, join(dir, 'missing.txt')], 1000)).toEqual([
      'article ok1',
      'DIR/bad.jsonl:2 malformed-line',
      'DIR/bad.jsonl:4 malformed-line',
      'DIR/bad.jsonl:5 empty',
      'DIR/bad.jsonl:6 too-large',
      'article ok2',
      'article a',
      'DIR/texts/binary.txt unreadable',
      'DIR/texts/empty.txt empty',
      'DIR/missing.txt unreadable',
    ]);
  });
});

describe('ingestCorpus', () => {
  it('refuses an output of unknown format and an empty source list', async () => {
    await expect(ingestCorpus({ sources: ['x.jsonl'], output: join(dir, 'out.txt') })).rejects.toThrow(
      `claimgraph/corpus/ingest: cannot tell the output format of ${JSON.stringify(join(dir, 'out.txt'))}: use .gexf, .json or .statements.json`,
    );
    await expect(ingestCorpus({ sources: [], output: join(dir, 'out.gexf') })).rejects.toThrow('no source given');
  });

  it('ingests in worker threads, writes a graph that reopens, and a re-run skips everything', async () => {
    const output = join(dir, 'run1.gexf');
    const progress: number[] = [];
    const summary = await ingestCorpus({
      sources: [join(dir, 'corpus.jsonl')],
      output,
      workers: 2,
      batchSize: 8,
      extractor: oracle,
      onProgress: (done) => progress.push(done),
    });
    expect(summary.ingested).toBe(60);
    expect(summary.workers).toBe(2);
    expect(progress[progress.length - 1]).toBe(60);
    const graph = await readGraphFile(output);
    expect(graph.filterNodes((_k, a) => a.kind === 'document')).toHaveLength(60);
    expect(graph.filterNodes((_k, a) => a.kind === 'claim')).toHaveLength(corpus.statements.statements.length);
    expect(corroborations(graph).length).toBe(corpus.truth.clusters.filter((c) => c.docs.length > 1).length);
    expect(graph.filterEdges((_e, a) => a.kind === 'publishes')).toHaveLength(corpus.statements.statements.length);

    const again = await ingestCorpus({ sources: [join(dir, 'corpus.jsonl')], output, workers: 2, extractor: oracle });
    expect([again.ingested, again.skipped['already-ingested'], again.documents]).toEqual([0, 60, 60]);
    // two pools of worker threads start here, each loading TypeScript: slow on a loaded machine
  }, 120_000);

  it('skips duplicates and failed extractions, naming them, and keeps the rest', async () => {
    const jsonl = join(dir, 'dup.jsonl');
    const [a, b, c] = corpus.articles;
    writeFileSync(
      jsonl,
      [line(a!), line(b!), line({ ...c!, text: `${c!.text} EXPLODE` }), line({ ...a!, text: 'another text' })].join(
        '\n',
      ),
    );
    const problems: IngestProblem[] = [];
    const summary = await ingestCorpus({
      sources: [jsonl],
      output: join(dir, 'dup.statements.json'),
      workers: 0,
      extractor: oracle,
      onProblem: (p) => problems.push(p),
    });
    expect(problems.map((p) => `${p.where.replace(dir, 'DIR')} ${p.reason}`)).toEqual([
      'DIR/dup.jsonl:4 duplicate-id',
      'DIR/dup.jsonl:3 extraction-failed',
    ]);
    expect(problems[1]!.message).toBe(`cannot extract ${c!.id}`);
    expect([summary.ingested, summary.documents]).toEqual([2, 2]);
  });

  it('names an article gone between the two passes over the sources, and keeps the rest', async () => {
    const texts = join(dir, 'vanishing');
    mkdirSync(texts);
    const [a, b] = corpus.articles;
    writeFileSync(join(texts, 'stays.txt'), a!.text);
    writeFileSync(join(texts, 'goes.txt'), b!.text);
    const problems: IngestProblem[] = [];
    const summary = await ingestCorpus({
      sources: [join(texts, 'stays.txt'), join(texts, 'goes.txt')],
      output: join(dir, 'vanishing.statements.json'),
      workers: 0,
      extractor: oracle,
      onStart: () => rmSync(join(texts, 'goes.txt')),
      onProblem: (p) => problems.push(p),
    });
    expect(problems.map((p) => `${p.where.replace(dir, 'DIR')} ${p.reason}: ${p.message}`)).toEqual([
      'DIR/vanishing/goes.txt unreadable: article "goes" was gone when read again for extraction',
    ]);
    expect([summary.ingested, summary.documents]).toEqual([1, 1]);
  });

  it('resumes from the cache after a kill: cached documents are not extracted again, a torn line is', async () => {
    const output = join(dir, 'killed.json');
    const first = await ingestCorpus({ sources: [join(dir, 'corpus.jsonl')], output, workers: 0, extractor: oracle });
    expect(first.ingested).toBe(60);
    // A run killed midway: no output yet, the cache holds 59 whole lines and a torn one.
    const cache = readFileSync(cachePath(output), 'utf8').trimEnd().split('\n');
    writeFileSync(cachePath(output), cache.slice(0, 59).join('\n') + '\n' + cache[59]!.slice(0, 40));
    rmSync(output);
    const resumed = await ingestCorpus({ sources: [join(dir, 'corpus.jsonl')], output, workers: 0, extractor: oracle });
    expect([resumed.ingested, resumed.skipped['already-ingested'], resumed.documents]).toEqual([1, 59, 60]);
    expect(existsSync(output)).toBe(true);
  });

  it('without a cache, the output is the record: its documents are skipped and copied into the cache', async () => {
    const output = join(dir, 'nocache.statements.json');
    await ingestCorpus({ sources: [join(dir, 'corpus.jsonl')], output, workers: 0, extractor: oracle });
    rmSync(cachePath(output));
    const summary = await ingestCorpus({ sources: [join(dir, 'corpus.jsonl')], output, workers: 0, extractor: oracle });
    expect([summary.ingested, summary.skipped['already-ingested'], summary.documents]).toEqual([0, 60, 60]);
    expect(readFileSync(cachePath(output), 'utf8').trimEnd().split('\n')).toHaveLength(60);
  });

  it('a changed document is extracted again and replaces the old one', async () => {
    const output = join(dir, 'changed.statements.json');
    await ingestCorpus({ sources: [join(dir, 'corpus.jsonl')], output, workers: 0, extractor: oracle });
    const jsonl = join(dir, 'changed.jsonl');
    writeFileSync(jsonl, corpus.articles.map((a, i) => line(i === 0 ? { ...a, title: 'A new title' } : a)).join('\n'));
    const summary = await ingestCorpus({ sources: [jsonl], output, workers: 0, extractor: oracle });
    expect([summary.ingested, summary.updated, summary.documents]).toEqual([1, 1, 60]);
    const graph = await readGraphFile(output);
    expect((graph.getNodeAttributes(`doc:${corpus.articles[0]!.id}`) as DocumentNode).title).toBe('A new title');
  });

  it('refuses to resume from an output it cannot read, leaving it as it is', async () => {
    const output = join(dir, 'broken.gexf');
    writeFileSync(output, '<gexf><broken');
    await expect(
      ingestCorpus({ sources: [join(dir, 'corpus.jsonl')], output, workers: 0, extractor: oracle }),
    ).rejects.toThrow('cannot be read back to resume from');
    expect(readFileSync(output, 'utf8')).toBe('<gexf><broken');
  });
});
