// The commands that write files, each given inputs large enough for its output to span several
// write chunks (and to overflow a small disk): the rows of the full-disk, short-write and
// process fault tests. `bigInputs` makes the inputs once per test file.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleCorpus } from '../../src/corpus/assemble.ts';
import { cachePath, ingestCorpus } from '../../src/corpus/ingest/index.ts';
import { gazetteerEntries } from '../../src/extract/index.ts';
import { serializeGraph } from '../../src/io/graphFile.ts';
import { buildGraph } from '../../src/model/index.ts';
import { generateCorpus } from '../../src/synth/index.ts';
import { truthResults } from '../corpus/fixtures/corpus.ts';
import { GOOD_STATEMENTS } from './table.ts';

export const ORACLE = fileURLToPath(new URL('../corpus/fixtures/oracleExtractor.ts', import.meta.url));

export interface BigInputs {
  dir: string;
  /** Article files (.txt). */
  articles: string[];
  corpus: string;
  /** The corpus's true statements, for the stand-in extractor (CLAIMGRAPH_ORACLE). */
  truth: string;
  /** A corpus graph with its texts (statements@1). */
  graph: string;
}

export function bigInputs(dir: string, articles = 150): BigInputs {
  const corpus = generateCorpus({ articles, seed: 5, gazetteer: gazetteerEntries() });
  const texts = join(dir, 'articles');
  mkdirSync(texts);
  const files = corpus.articles.map((a) => {
    writeFileSync(join(texts, `${a.id}.txt`), a.text);
    return join(texts, `${a.id}.txt`);
  });
  writeFileSync(join(dir, 'corpus.jsonl'), corpus.articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(corpus.statements));
  const graph = buildGraph(assembleCorpus(truthResults(corpus), { gazetteer: gazetteerEntries() }).statements);
  writeFileSync(join(dir, 'graph.statements.json'), serializeGraph(graph, 'statements'));
  return {
    dir,
    articles: files,
    corpus: join(dir, 'corpus.jsonl'),
    truth: join(dir, 'truth.json'),
    graph: join(dir, 'graph.statements.json'),
  };
}

export interface Writer {
  name: string;
  args: (inputs: BigInputs, out: string) => string[];
  /** The files it writes into `out`. */
  outputs: (out: string) => string[];
  /** What earlier outputs hold (ingest reads its earlier output back). */
  earlier?: string;
  /** Files it leaves beside its output on purpose (ingest's cache of what it extracted). */
  keeps?: RegExp;
  /** Lines on stderr that tell, not fail (ingest says when it adds to an earlier output). */
  tells?: RegExp;
  /** Files to put beside the output first, by name (an ingest cache that already holds every document). */
  seed?: (inputs: BigInputs) => Promise<Record<string, Buffer>>;
}

const ingest = (format: string): Writer => ({
  name: `ingest → ${format}`,
  args: (i, out) => [
    'ingest',
    i.corpus,
    '-o',
    join(out, `corpus.${format}`),
    '--workers',
    '0',
    '--extractor',
    ORACLE,
    '--no-progress',
  ],
  outputs: (out) => [join(out, `corpus.${format}`)],
  earlier: GOOD_STATEMENTS,
  keeps: /\.cache\.jsonl$/,
  tells: /^ingest: .* already holds \d+ documents?: these sources are added to them/,
});

const exportAs = (format: string, extension: string): Writer => ({
  name: `export --format ${format}`,
  args: (i, out) => ['export', '--graph', i.graph, '--format', format, '-o', join(out, `out.${extension}`)],
  outputs: (out) => [join(out, `out.${extension}`)],
});

/** Ingest with every document already in its cache: only the output is written. */
const ingestCached: Writer = {
  ...ingest('statements.json'),
  name: 'ingest → statements.json, every document cached',
  async seed(inputs) {
    const dir = mkdtempSync(join(inputs.dir, 'seed-'));
    const output = join(dir, 'corpus.statements.json');
    await ingestCorpus({ sources: [inputs.corpus], output, workers: 0, extractor: ORACLE });
    return { 'corpus.statements.json.cache.jsonl': readFileSync(cachePath(output)) };
  },
};

export const WRITERS: Writer[] = [
  {
    name: 'extract',
    args: (i, out) => ['extract', ...i.articles.slice(0, 30), '-o', join(out, 'out.json')],
    outputs: (out) => [join(out, 'out.json')],
  },
  ingest('statements.json'),
  ingest('gexf'),
  ingestCached,
  {
    name: 'build',
    args: (i, out) => ['build', i.graph, '-o', join(out, 'out.gexf')],
    outputs: (out) => [join(out, 'out.gexf')],
  },
  exportAs('gexf', 'gexf'),
  exportAs('json', 'json'),
  exportAs('statements', 'statements.json'),
  {
    name: 'synth',
    args: (_i, out) => ['synth', '--articles', '150', '-o', join(out, 'synth.jsonl')],
    outputs: (out) => ['synth.jsonl', 'synth.truth.statements.json', 'synth.answers.json'].map((f) => join(out, f)),
  },
  {
    name: 'corpus accusations --gexf',
    args: (i, out) => ['corpus', 'accusations', '-g', i.graph, '--gexf', join(out, 'accusations.gexf')],
    outputs: (out) => [join(out, 'accusations.gexf')],
  },
];
