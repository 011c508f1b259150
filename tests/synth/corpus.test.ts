import { describe, expect, it } from 'vitest';
import { gazetteerEntries } from '../../src/extract/index.ts';
import { generateCorpus, Random } from '../../src/synth/index.ts';
import { chooseCast, surfaceName } from '../../src/synth/corpus/cast.ts';
import type { GazetteerEntry } from '../../src/extract/index.ts';
import { validateStatements } from '../../src/model/index.ts';

const gazetteer = gazetteerEntries();

describe('generateCorpus: argument validation', () => {
  it.each([
    [{ articles: 0 }, 'claimgraph/synth/corpus: articles must be a positive integer, got 0'],
    [{ articles: 2.5 }, 'articles must be a positive integer, got 2.5'],
    [{ articles: 3, perDay: 0 }, 'perDay must be a positive integer, got 0'],
    [{ articles: 3, start: '5 Jan' }, 'start must be a YYYY-MM-DD date, got "5 Jan"'],
  ])('%j', (options, message) => {
    expect(() => generateCorpus({ gazetteer, ...options })).toThrow(message);
  });

  it('needs parties and outlets in the gazetteer', () => {
    expect(() => generateCorpus({ articles: 2, gazetteer: gazetteer.filter((e) => e.kind !== 'media') })).toThrow(
      'the gazetteer needs at least 2 states or armed groups and 1 media outlet',
    );
  });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus({ articles: 400, seed: 5, gazetteer });

  it('is deterministic: the same seed gives the same corpus, another seed another', () => {
    expect(generateCorpus({ articles: 400, seed: 5, gazetteer })).toEqual(corpus);
    expect(generateCorpus({ articles: 400, seed: 6, gazetteer }).articles[0]!.text).not.toBe(corpus.articles[0]!.text);
  });

  it('its true statements are valid statements@1 whose spans are the article text', () => {
    const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
    expect(validateStatements(corpus.statements, { texts, requireTexts: true }).problems).toEqual([]);
  });

  it('covers the attribution patterns and every stance', () => {
    const cues = new Set(corpus.statements.statements.map((s) => s.cue?.text ?? null));
    for (const cue of [
      'said',
      'told',
      'according to',
      'announced',
      'accused',
      'has accused',
      'blamed',
      'denied',
      'dismissed',
      'rejected',
      'ruled out',
    ])
      expect(cues).toContain(cue);
    const stances = new Set(corpus.statements.statements.map((s) => s.stance));
    expect([...stances].sort()).toEqual(['accuses', 'asserts', 'denies', 'rejects']);
    expect(corpus.articles.some((a) => /"[^"]+," [^.]+ said\./.test(a.text))).toBe(true);
    expect(
      corpus.statements.statements.some(
        (s) => s.stance === 'denies' && s.content.text === 'the charge' && s.responds.length === 1,
      ),
    ).toBe(true);
  });

  it('never names an actor by a name several gazetteer entries share (regression: "Congo")', () => {
    const congo: GazetteerEntry = {
      id: 'republic-of-congo',
      label: 'Republic of the Congo',
      kind: 'state',
      aliases: ['Congo', 'Congo-Brazzaville'],
    };
    const drc: GazetteerEntry = { id: 'dr-congo', label: 'DR Congo', kind: 'state', aliases: ['Congo', 'DRC'] };
    const outlet: GazetteerEntry = { id: 'afp', label: 'AFP', kind: 'media', aliases: ['AFP'] };
    const random = new Random(1);
    const cast = chooseCast(random, [congo, drc, outlet]);
    const names = new Set(Array.from({ length: 200 }, () => surfaceName(random, cast, congo)));
    expect([...names].sort()).toEqual(['Congo-Brazzaville', 'Republic of the Congo']);
  });

  it('dates articles in order, perDay a day, and names an outlet for each', () => {
    expect(corpus.articles[0]!.published).toBe('2026-01-05');
    expect(corpus.articles[20]!.published).toBe('2026-01-06');
    expect(corpus.articles.every((a, i) => i === 0 || a.published >= corpus.articles[i - 1]!.published)).toBe(true);
    expect(new Set(corpus.articles.map((a) => a.outlet)).size).toBeGreaterThan(1);
  });

  it('its answers agree with its statements', () => {
    const byId = new Map(corpus.statements.statements.map((s) => [s.id, s]));
    for (const cluster of corpus.truth.clusters) {
      const members = cluster.statements.map((id) => byId.get(id)!);
      expect(new Set(members.map((s) => `${s.speaker} ${s.stance} ${s.content.text.toLowerCase()}`)).size).toBe(1);
      expect(members.map((s) => s.doc)).toEqual(cluster.docs);
    }
    for (const change of corpus.truth.positionChanges) {
      const denial = corpus.articles.find((a) => a.id === change.denied)!;
      for (const doc of change.asserted)
        expect(corpus.articles.find((a) => a.id === doc)!.published < denial.published).toBe(true);
    }
    const accusations = corpus.statements.statements.filter((s) => s.stance === 'accuses');
    expect(corpus.truth.accusations.reduce((n, a) => n + a.statements, 0)).toBe(accusations.length);
  });
});

describe('generateCorpus with a cast that grows with the corpus (castGrowth)', () => {
  const speakers = (articles: number) => {
    const corpus = generateCorpus({ articles, seed: 3, gazetteer, castGrowth: 50 });
    const counts = new Map<string, number>();
    for (const s of corpus.statements.statements) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
    return { corpus, counts };
  };
  const small = speakers(400);
  const large = speakers(1600);

  it('is deterministic, and valid statements@1 whose actors are all listed', () => {
    expect(generateCorpus({ articles: 400, seed: 3, gazetteer, castGrowth: 50 })).toEqual(small.corpus);
    const texts = new Map(small.corpus.articles.map((a) => [a.id, a.text]));
    expect(validateStatements(small.corpus.statements, { texts, requireTexts: true }).problems).toEqual([]);
  });

  it('has more speakers the longer the corpus, invented ones among them; the default cast does not grow', () => {
    const fixed = (articles: number) =>
      new Set(generateCorpus({ articles, seed: 3, gazetteer }).statements.statements.map((s) => s.speaker)).size;
    expect(fixed(1600)).toBe(fixed(400));
    expect(large.counts.size).toBeGreaterThan(small.counts.size * 2);
    expect([...large.counts.keys()].filter((id) => id.startsWith('x-')).length).toBeGreaterThan(40);
    expect(large.corpus.statements.actors.some((a) => a.id.startsWith('x-person-') && a.kind === 'person')).toBe(true);
  });

  it('draws actors Zipf-like: the busiest speaker says far more than the median one', () => {
    const sorted = [...large.counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it('refuses a rate that is not a whole number from 1 to 1000', () => {
    expect(() => generateCorpus({ articles: 3, gazetteer, castGrowth: 0 })).toThrow(
      'castGrowth must be a whole number of actors per 1,000 articles from 1 to 1000, got 0',
    );
  });
});
