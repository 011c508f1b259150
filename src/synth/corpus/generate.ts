// generateCorpus: a deterministic synthetic news corpus over the gazetteer, with the true
// statements of every article (statements@1) and the answers the corpus queries must give
// (clusters of corroborating reports, changes of position, the accusation network).
import { STATEMENTS_FORMAT, type StatementRecord, type StatementsFile } from '../../model/index.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import { chooseCast, surfaceName, type Cast } from './cast.ts';
import { FactFactory, type Fact } from './facts.ts';
import { Random } from '../random.ts';
import { narration, renderStatement } from './render.ts';
import { summariseTruth, type SynthTruth } from './truth.ts';

const MODULE = 'claimgraph/synth/corpus';

export interface SynthOptions {
  articles: number;
  seed?: number;
  /** First publication date, YYYY-MM-DD. */
  start?: string;
  /** Articles per publication day. */
  perDay?: number;
  gazetteer: readonly GazetteerEntry[];
  /**
   * A cast that grows with the corpus: this many invented actors join per 1,000 articles, and
   * actors are drawn Zipf-like by seniority (growth.ts). Without it, the default: a fixed cast
   * of 34 gazetteer actors, however long the corpus.
   */
  castGrowth?: number;
}

export interface SynthArticle {
  id: string;
  text: string;
  title: string;
  published: string;
  url: string;
  outlet: string;
}

export interface SynthCorpus {
  articles: SynthArticle[];
  /** The true statements; documents carry no text (it is in `articles`). */
  statements: StatementsFile;
  truth: SynthTruth;
}

/** A report of a fact in an article: what the truth summary is computed from. */
export interface Report {
  fact: Fact;
  doc: string;
  statement: string;
}

const ACTIVE_WINDOW = 40;

export function generateCorpus(options: SynthOptions): SynthCorpus {
  const { articles: n, seed = 1, start = '2026-01-05', perDay = 20 } = options;
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`${MODULE}: articles must be a positive integer, got ${String(n)}`);
  if (!Number.isInteger(perDay) || perDay < 1)
    throw new RangeError(`${MODULE}: perDay must be a positive integer, got ${String(perDay)}`);
  const startTime = Date.parse(`${start}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || Number.isNaN(startTime))
    throw new RangeError(`${MODULE}: start must be a YYYY-MM-DD date, got ${JSON.stringify(start)}`);
  const { castGrowth } = options;
  if (castGrowth !== undefined && !(Number.isInteger(castGrowth) && castGrowth >= 1 && castGrowth <= 1000))
    throw new RangeError(
      `${MODULE}: castGrowth must be a whole number of actors per 1,000 articles from 1 to 1000, got ${String(castGrowth)}`,
    );
  const random = new Random(seed);
  const cast = chooseCast(
    random,
    options.gazetteer,
    castGrowth === undefined ? undefined : { articles: n, rate: castGrowth },
  );
  const factory = new FactFactory(random, cast);
  const dayOf = (i: number) => Math.floor(i / perDay);
  const dateOf = (i: number) => new Date(startTime + dayOf(i) * 86_400_000).toISOString().slice(0, 10);
  const width = String(n - 1).length;

  const active: Fact[] = [];
  const scheduled = new Map<number, Fact[]>();
  const reports: Report[] = [];
  const statements: StatementRecord[] = [];
  const articles: SynthArticle[] = [];
  const actors = new Map<string, GazetteerEntry>();

  for (let i = 0; i < n; i++) {
    const id = `a${String(i).padStart(width, '0')}`;
    const facts = pickFacts(random, factory, active, scheduled.get(i) ?? [], i);
    scheduled.delete(i);
    const writer = new ArticleWriter(id);
    writer.sentence(narration(random, random.pick(cast.places)));
    for (const fact of facts) {
      const stmt = writer.statement(random, cast, fact, statements.length + 1);
      statements.push(stmt);
      reports.push({ fact, doc: id, statement: stmt.id });
      if (fact.denial) {
        const denial = writer.statement(random, cast, fact.denial, statements.length + 1, [stmt.id]);
        statements.push(denial);
        reports.push({ fact: fact.denial, doc: id, statement: denial.id });
      }
      if (fact.type === 'pledge' && fact.born === i) schedule(random, factory, fact, i, dayOf, perDay, n, scheduled);
      if (random.chance(0.3)) writer.paragraph();
    }
    for (const s of statements.slice(statements.length - writer.count)) {
      for (const actor of [s.speaker, ...s.targets, ...s.about]) actors.set(actor, lookup(cast, actor));
    }
    const outlet = cast.outlets[i % cast.outlets.length] as GazetteerEntry;
    const first = facts[0];
    articles.push({
      id,
      text: writer.text,
      // an article whose every fact collided has only its narration
      title: first
        ? `${first.speaker.label}: ${first.content.replace(/^(of|for) /, '').slice(0, 70)}`
        : writer.text.slice(0, 70),
      published: dateOf(i),
      url: `https://news.example/${outlet.id}/${id}`,
      outlet: outlet.label,
    });
  }
  const file: StatementsFile = {
    format: STATEMENTS_FORMAT,
    documents: articles.map(({ id, title, published, url, outlet }) => ({ id, title, published, url, outlet })),
    actors: [...actors.values()].map((e) => ({ id: e.id, label: e.label, kind: e.kind, aliases: [...e.aliases] })),
    statements,
  };
  return { articles, statements: file, truth: summariseTruth(reports, articles) };
}

function lookup(cast: Cast, id: string): GazetteerEntry {
  return cast.byId.get(id) as GazetteerEntry;
}

/** The facts an article reports: due retractions, then a mix of running stories and new facts. */
function pickFacts(random: Random, factory: FactFactory, active: Fact[], due: readonly Fact[], i: number): Fact[] {
  while (active.length && (active[0] as Fact).born < i - ACTIVE_WINDOW) active.shift();
  const chosen: Fact[] = [...due];
  const slots = random.int(3, 6);
  for (let tries = 0; chosen.length < slots && tries < 20; tries++) {
    const running = active.filter((f) => f.reportsLeft > 0 && !chosen.includes(f));
    const fact = running.length && random.chance(0.55) ? random.pick(running) : factory.create(i);
    if (!fact || chosen.includes(fact)) continue;
    if (fact.born === i && !active.includes(fact)) active.push(fact);
    fact.reportsLeft--;
    chosen.push(fact);
  }
  // tens of thousands of articles in, the small types are used up and every try may collide
  const last = chosen.length ? undefined : factory.createLastResort(i);
  if (last) {
    active.push(last);
    last.reportsLeft--;
    chosen.push(last);
  }
  return chosen;
}

/** A pledge is denied by its speaker in a later article, published on a strictly later day than any report of it. */
function schedule(
  random: Random,
  factory: FactFactory,
  pledge: Fact,
  i: number,
  dayOf: (i: number) => number,
  perDay: number,
  n: number,
  scheduled: Map<number, Fact[]>,
): void {
  if (!random.chance(0.5)) return;
  const at = (dayOf(i + ACTIVE_WINDOW) + 1 + random.int(0, 3)) * perDay + random.int(0, perDay - 1);
  if (at >= n) return;
  const list = scheduled.get(at) ?? [];
  list.push(factory.retraction(pledge, at));
  scheduled.set(at, list);
}

/** Accumulates an article's text and turns rendered sentences into statements with absolute spans. */
class ArticleWriter {
  text = '';
  count = 0;
  private inParagraph = false;

  constructor(private readonly doc: string) {}

  /** The next sentence starts a new paragraph. */
  paragraph(): void {
    this.inParagraph = false;
  }

  sentence(sentence: string): number {
    if (this.text) this.text += this.inParagraph ? ' ' : '\n\n';
    this.inParagraph = true;
    const at = this.text.length;
    this.text += sentence;
    return at;
  }

  statement(random: Random, cast: Cast, fact: Fact, n: number, responds: string[] = []): StatementRecord {
    const target = fact.targets[0];
    const rendered = renderStatement(
      random,
      fact,
      surfaceName(random, cast, fact.speaker),
      target ? nameOf(random, cast, fact, target) : '',
    );
    const at = this.sentence(rendered.sentence);
    this.count++;
    const span = (start: number, text: string) => ({ start, end: start + text.length, text });
    return {
      id: `s${n}`,
      doc: this.doc,
      speaker: fact.speaker.id,
      stance: fact.stance,
      cue: rendered.cue ? span(at + rendered.cue.at, rendered.cue.text) : null,
      content: span(at + rendered.content.at, rendered.content.text),
      evidence: span(at, rendered.sentence),
      targets: [...fact.targets],
      about: [...fact.about],
      responds,
    };
  }
}

function nameOf(random: Random, cast: Cast, fact: Fact, id: string): string {
  const entry = fact.targetEntries?.find((e) => e.id === id);
  return entry ? surfaceName(random, cast, entry) : id;
}
