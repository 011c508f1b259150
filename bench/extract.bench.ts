// Extraction throughput on one core: ≥ 10 MB of varied news-like text (the synthetic corpus
// generator's articles, deterministic by seed, plus the curated and evaluation articles),
// extracted by `extractArticles` and, in the same run over the same texts, parsed by two bare
// wink-nlp passes (readDoc + sentences): with the annotations the extractor asks for (sentences
// and parts of speech, src/extract/nlp/engine.ts) and with wink's default pipe (also named
// entities, negation, sentiment). The extractor's pipe and the extraction alternate over
// `--rounds=N` rounds (3 by default: a shared machine's load shifts during a run); prints the
// median wall and CPU seconds with the CPU range, sentences/s, MB/s, the ratios (also per round)
// and the peak RSS (sampled after every article). Then single documents of 1 and 10 MB (and 100
// MB with `--sizes=1,10,100`: minutes and gigabytes on a loaded machine), each the corpus's
// articles run together as one text, with CPU seconds per MB from the smallest to the largest:
// extraction cost must grow linearly with a document's length. JavaScript runs on one thread; pin
// the process (`taskset -c 1 npm run bench -- extract`) so that GC helper threads share that core.
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
const sizesFlag = process.argv.find((a) => a.startsWith('--sizes='));
/** Single-document sizes in MB. */
const SIZES = (sizesFlag ? sizesFlag.slice('--sizes='.length) : '1,10').split(',').map(Number);
if (SIZES.some((n) => !Number.isFinite(n) || n <= 0)) throw new Error(`bench/extract: bad --sizes ${sizesFlag}`);

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
const roundsFlag = process.argv.find((a) => a.startsWith('--rounds='));
/** The bare pass and the extraction alternate this many times; each row is the median round. */
const ROUNDS = roundsFlag ? Number(roundsFlag.slice('--rounds='.length)) : 3;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`bench/extract: bad ${roundsFlag}`);
const bareRounds: Pass[] = [];
const extracted: Pass[] = [];
// alternating rounds: a machine whose load shifts during the run weighs on both sides alike
for (let round = 0; round < ROUNDS; round++) {
  bareRounds.push(measure('bare wink-nlp, extractor pipe (sbd, pos)', () => (sentences = bare(piped, articles))));
  extracted.push(
    measure('extractArticles', () => {
      const result = extractArticles(articles, { onProgress: sample });
      statements = result.statements.length;
      actors = result.actors.length;
    }),
  );
}
// the default pipe last: its second model copy must not weigh on the other passes' peak RSS
const full = winkNLP(model);
bare(full, articles.slice(0, 50));
const defaulted = [measure('bare wink-nlp, default pipe (+ ner, negation, sentiment)', () => bare(full, articles))];

const fmt = (n: number, d = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const spread = (xs: readonly number[]): string =>
  xs.length > 1 ? ` (${fmt(Math.min(...xs), 2)}–${fmt(Math.max(...xs), 2)})` : '';
/** The median of a pass's rounds (wall and CPU taken separately), with the range of its CPU seconds. */
const summarise = (rounds: readonly Pass[]): Pass & { range: string } => ({
  name: (rounds[0] as Pass).name,
  wall: median(rounds.map((p) => p.wall)),
  cpu: median(rounds.map((p) => p.cpu)),
  peak: Math.max(...rounds.map((p) => p.peak)),
  range: spread(rounds.map((p) => p.cpu)),
});
const passes: [Pass & { range: string }, Pass & { range: string }, Pass & { range: string }] = [
  summarise(bareRounds),
  summarise(extracted),
  summarise(defaulted),
];
const rows = [
  ['pass', 'wall s', 'cpu s (range)', 'sentences/s', 'MB/s', 'peak RSS (MB)'],
  ...passes.map((p) => [
    p.name,
    fmt(p.wall, 2),
    fmt(p.cpu, 2) + p.range,
    fmt(sentences / p.wall),
    fmt(mb / p.wall, 2),
    fmt(p.peak / 2 ** 20),
  ]),
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(
  `corpus: ${articles.length} articles, ${fmt(mb, 1)} MB, ${fmt(sentences)} sentences (wink count); ${fmt(statements)} statements, ${fmt(actors)} actors extracted; ${ROUNDS} alternating round(s), medians`,
);
for (const r of rows)
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
const [piping, extracting, defaulting] = passes;
const perRound = extracted.map((e, i) => fmt(e.cpu / (bareRounds[i] as Pass).cpu, 2)).join(', ');
console.log(
  `ratio extract / bare (wall, cpu): ${fmt(extracting.wall / piping.wall, 2)}×, ${fmt(extracting.cpu / piping.cpu, 2)}× against the extractor's pipe (cpu per round: ${perRound}); ` +
    `${fmt(extracting.wall / defaulting.wall, 2)}×, ${fmt(extracting.cpu / defaulting.cpu, 2)}× against wink's default pipe (target ≤ 3×)`,
);
console.log(
  `extraction ${fmt(sentences / extracting.wall)} sentences/s wall, ${fmt(sentences / extracting.cpu)} per CPU second, ${fmt(mb / extracting.wall, 2)} MB/s (target ≥ 10,000 sentences/s)`,
);

/** One document of about `mb` MB: the corpus's articles one after another, paragraphs kept, repeated as needed. */
function singleDocument(mb: number): string {
  const target = mb * 1024 * 1024;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i = (i + 1) % articles.length) {
    const text = (articles[i] as ArticleInput).text;
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n');
}

const singles: (Pass & { mb: number })[] = [];
for (const size of SIZES) {
  let text: string | undefined = singleDocument(size);
  const bytes = Buffer.byteLength(text) / (1024 * 1024);
  const pass = measure(`one document, ${fmt(bytes, 1)} MB`, () => {
    extractArticles([{ id: 'single', text: text as string }]);
  });
  text = undefined;
  singles.push({ ...pass, mb: bytes });
  console.log(
    `${pass.name}: wall ${fmt(pass.wall, 2)} s, cpu ${fmt(pass.cpu, 2)} s, ${fmt(pass.cpu / bytes, 2)} cpu s/MB, peak RSS ${fmt(pass.peak / 2 ** 20)} MB`,
  );
}
if (singles.length > 1) {
  const first = singles[0] as (typeof singles)[number];
  const last = singles[singles.length - 1] as (typeof singles)[number];
  console.log(
    `cost per MB, ${fmt(last.mb, 0)} MB against ${fmt(first.mb, 0)} MB: ${fmt(last.cpu / last.mb / (first.cpu / first.mb), 2)}× (target ≤ 1.5×)`,
  );
}
