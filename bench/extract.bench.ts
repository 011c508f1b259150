// Extraction throughput on one core: ≥ 10 MB of varied news-like text (the synthetic corpus
// generator's articles, deterministic by seed, plus the curated and evaluation articles),
// extracted by `extractArticles` and, in the same run over the same texts, parsed by the bare
// wink-nlp pass (readDoc + sentences) the extractor is built on. Prints sentences/s, MB/s,
// the ratio of the two, statements found and the peak RSS (sampled after every article).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateCorpus } from '../src/corpus/synth/index.ts';
import { gazetteerEntries } from '../src/corpus/gazetteer.ts';
import { extractArticles, type ArticleInput } from '../src/extract/index.ts';
import { wink } from '../src/extract/nlp/engine.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET_BYTES = 10 * 1024 * 1024;

function corpus(): ArticleInput[] {
  const real: ArticleInput[] = [];
  const evalDir = join(ROOT, 'tests/fixtures/eval');
  for (const file of readdirSync(evalDir).filter((f) => f.endsWith('.txt')).sort()) {
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
  peak = Math.max(peak, process.memoryUsage().rss);
};
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function bare(articles: readonly ArticleInput[]): number {
  const nlp = wink();
  let sentences = 0;
  for (const a of articles) {
    sentences += nlp.readDoc(a.text).sentences().length();
    sample();
  }
  return sentences;
}

const articles = corpus();
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / (1024 * 1024);
// warm-up (JIT, model load) on a slice
bare(articles.slice(0, 50));
extractArticles(articles.slice(0, 50));
gc();

sample();
let t0 = performance.now();
const sentences = bare(articles);
const bareSeconds = (performance.now() - t0) / 1000;
const barePeak = peak;
gc();

peak = 0;
t0 = performance.now();
const result = extractArticles(articles, { onProgress: sample });
const extractSeconds = (performance.now() - t0) / 1000;
sample();

const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rows = [
  ['pass', 'seconds', 'sentences/s', 'MB/s', 'peak RSS (MB)'],
  ['bare wink-nlp (readDoc + sentences)', fmt(bareSeconds, 2), fmt(sentences / bareSeconds), fmt(mb / bareSeconds, 2), fmt(barePeak / 2 ** 20)],
  ['extractArticles', fmt(extractSeconds, 2), fmt(sentences / extractSeconds), fmt(mb / extractSeconds, 2), fmt(peak / 2 ** 20)],
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`corpus: ${articles.length} articles, ${fmt(mb, 1)} MB, ${fmt(sentences)} sentences (wink count); ${fmt(result.statements.length)} statements, ${fmt(result.actors.length)} actors extracted`);
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log(`ratio extract / bare: ${fmt(extractSeconds / bareSeconds, 2)}× (target ≤ 3×); extraction ${fmt(sentences / extractSeconds)} sentences/s (target ≥ 10,000)`);
