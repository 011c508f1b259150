// Extraction throughput on one core: ≥ 10 MB of varied news-like text (the synthetic corpus
// generator's articles, deterministic by seed, plus the curated and evaluation articles),
// extracted by `extractArticles` and, in the same run over the same texts, parsed by two bare
// wink-nlp passes (readDoc + sentences): with the annotations the extractor asks for (sentences
// and parts of speech, src/extract/nlp/engine.ts) and with wink's default pipe (also named
// entities, negation, sentiment). Prints wall and CPU seconds, sentences/s, MB/s, the ratios
// and the peak RSS (sampled after every article). JavaScript runs on one thread; pin the
// process (`taskset -c 1 npm run bench -- extract`) so that GC helper threads share that core.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateCorpus } from '../src/synth/index.ts';
import { gazetteerEntries } from '../src/extract/index.ts';
import { extractArticles, type ArticleInput } from '../src/extract/index.ts';
import { wink } from '../src/extract/nlp/engine.ts';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET_BYTES = 10 * 1024 * 1024;

function corpus(): ArticleInput[] {
  const real: ArticleInput[] = [];
  const evalDir = join(ROOT, 'tests/fixtures/eval');
  for (const file of readdirSync(evalDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    real.push({ id: `eval-${file}`, text: readFileSync(join(evalDir, file), 'utf8') });
  }
  real.push({ id: 'aleppo', text: readFileSync(join(ROOT, 'graph/articles/aleppo-2016.txt'), 'utf8') });
  const out: ArticleInput[] = [];
  let bytes = 0;
  let seed = 1;
  while (bytes < TARGET_BYTES) {
    for (const a of generateCorpus({ articles: 500, seed: seed++, gazetteer: gazetteerEntries() }).articles) {
      out.push({ id: `synth-${seed}-${out.length}`, text: a.text });
      bytes += Buffer.byteLength(a.text);
      // the real articles are interleaved so that every stretch of the run has varied prose
      if (out.length % 50 === 0) {
        const r = real[out.length % real.length] as ArticleInput;
        out.push({ id: `${r.id}-${out.length}`, text: r.text });
        bytes += Buffer.byteLength(r.text);
      }
      if (bytes >= TARGET_BYTES) break;
    }
  }
  return out;
}

let peak = 0;
const sample = (): void => {
  peak = Math.max(peak, process.memoryUsage.rss());
};
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function bare(nlp: WinkMethods, articles: readonly ArticleInput[]): number {
  let sentences = 0;
  for (const a of articles) {
    sentences += nlp.readDoc(a.text).sentences().length();
    sample();
  }
  return sentences;
}

interface Pass {
  name: string;
  wall: number;
  cpu: number;
  peak: number;
}

/** Runs one pass with peak RSS sampled from a fresh start, timing wall and CPU seconds. */
function measure(name: string, run: () => void): Pass {
  gc();
  peak = 0;
  sample();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  sample();
  return { name, wall, cpu: (used.user + used.system) / 1e6, peak };
}

const articles = corpus();
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / (1024 * 1024);
// warm-up (JIT, model load) on a slice
const piped = wink();
bare(piped, articles.slice(0, 50));
extractArticles(articles.slice(0, 50));

let sentences = 0;
let statements = 0;
let actors = 0;
const passes: Pass[] = [];
passes.push(measure('bare wink-nlp, extractor pipe (sbd, pos)', () => (sentences = bare(piped, articles))));
passes.push(
  measure('extractArticles', () => {
    const result = extractArticles(articles, { onProgress: sample });
    statements = result.statements.length;
    actors = result.actors.length;
  }),
);
// the default pipe last: its second model copy must not weigh on the other passes' peak RSS
const full = winkNLP(model);
bare(full, articles.slice(0, 50));
passes.push(measure('bare wink-nlp, default pipe (+ ner, negation, sentiment)', () => bare(full, articles)));

const fmt = (n: number, d = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rows = [
  ['pass', 'wall s', 'cpu s', 'sentences/s', 'MB/s', 'peak RSS (MB)'],
  ...passes.map((p) => [
    p.name,
    fmt(p.wall, 2),
    fmt(p.cpu, 2),
    fmt(sentences / p.wall),
    fmt(mb / p.wall, 2),
    fmt(p.peak / 2 ** 20),
  ]),
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(
  `corpus: ${articles.length} articles, ${fmt(mb, 1)} MB, ${fmt(sentences)} sentences (wink count); ${fmt(statements)} statements, ${fmt(actors)} actors extracted`,
);
for (const r of rows)
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
const [piping, extracting, defaulting] = passes as [Pass, Pass, Pass];
console.log(
  `ratio extract / bare (wall, cpu): ${fmt(extracting.wall / piping.wall, 2)}×, ${fmt(extracting.cpu / piping.cpu, 2)}× against the extractor's pipe; ` +
    `${fmt(extracting.wall / defaulting.wall, 2)}×, ${fmt(extracting.cpu / defaulting.cpu, 2)}× against wink's default pipe (target ≤ 3×)`,
);
console.log(
  `extraction ${fmt(sentences / extracting.wall)} sentences/s, ${fmt(mb / extracting.wall, 2)} MB/s (target ≥ 10,000 sentences/s)`,
);
