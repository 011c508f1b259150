// Statement confidence: the reliability tables cover every rule the extractor can record, the
// product is computed as documented, and on real news annotated by others (PolNeAR dev, read
// when present) the confidence is honest: statements above 0.9 are right (content and speaker)
// at least nine times in ten, and no band falls under its lower bound by more than noise.
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_RELIABILITY,
  EXTENSION_RELIABILITY,
  SPEAKER_RELIABILITY,
  STANCE_RELIABILITY,
  UNLISTED_RELIABILITY,
  confidenceOf,
  ruleReliability,
} from '../../../src/extract/confidence/index.ts';
import { extractArticles } from '../../../src/extract/index.ts';
import {
  ATTRIBUTION,
  CONTINUATION,
  EXTENSION,
  FOLLOWING_QUOTE,
  PRECEDING_QUOTE,
} from '../../../src/extract/patterns/table.ts';
import { reliabilityTable, scoreAttributions, type ReliabilityRow } from '../../../src/evaluate/index.ts';
import { polnearSplit } from '../../support/polnear.ts';

describe('reliability tables', () => {
  it('every figure is in (0, 1]', () => {
    const figures = [
      ...Object.values(ATTRIBUTION_RELIABILITY),
      ...Object.values(EXTENSION_RELIABILITY),
      ...Object.values(SPEAKER_RELIABILITY),
      STANCE_RELIABILITY,
      UNLISTED_RELIABILITY,
    ];
    for (const x of figures) expect(x > 0 && x <= 1, String(x)).toBe(true);
  });

  it('every attribution rule of the tables has its figure, and the table names no rule that does not exist', () => {
    const finding = [ATTRIBUTION, CONTINUATION, PRECEDING_QUOTE, FOLLOWING_QUOTE].flatMap((t) =>
      t.rules.map((r) => r.name),
    );
    const extending = EXTENSION.rules.map((r) => r.name);
    expect(finding.filter((n) => ATTRIBUTION_RELIABILITY[n] === undefined)).toEqual([]);
    expect(extending.filter((n) => EXTENSION_RELIABILITY[n] === undefined)).toEqual([]);
    expect(Object.keys(ATTRIBUTION_RELIABILITY).filter((n) => !finding.includes(n))).toEqual([]);
    expect(Object.keys(EXTENSION_RELIABILITY).filter((n) => !extending.includes(n))).toEqual([]);
  });

  it('every speaker rule fired on the rule examples has a figure of its own or of its family', () => {
    const texts = [ATTRIBUTION, EXTENSION, CONTINUATION, PRECEDING_QUOTE, FOLLOWING_QUOTE].flatMap((t) =>
      t.rules.flatMap((r) => r.examples.map((e) => e.text)),
    );
    const file = extractArticles(texts.map((text, i) => ({ id: `example-${i}`, text })));
    const speakerRules = new Set(
      file.statements.flatMap((s) => (s.rules ?? []).filter((r) => r.startsWith('speaker/'))),
    );
    const unlisted = [...speakerRules].filter((rule) => {
      const name = rule.slice('speaker/'.length);
      return SPEAKER_RELIABILITY[name] === undefined && SPEAKER_RELIABILITY[name.split('/')[0] as string] === undefined;
    });
    expect(unlisted).toEqual([]);
  });
});

describe('confidenceOf', () => {
  it.each([
    [['attribution/quote-first', 'speaker/unknown-name/person-name'], 0.94],
    [['attribution/quote-first', 'speaker/unknown-name/single-word'], 0.87],
    [['attribution/content-after', 'speaker/pronoun/recent-subject', 'stance/charges-actor'], 0.45],
    [['attribution/inverted', 'speaker/name/titled-person', 'attribution/quote-continued'], 0.92],
    [['attribution/no-such-rule', 'speaker/unknown-name/person-name'], 0.49],
    [[], UNLISTED_RELIABILITY],
  ])('%j → %d', (rules, expected) => {
    expect(confidenceOf(rules)).toBe(expected);
  });

  it('a rule family it does not know counts as a guess', () => {
    expect(ruleReliability('lexicon/whatever')).toBe(UNLISTED_RELIABILITY);
    expect(ruleReliability('speaker/brand-new-family/rule')).toBe(UNLISTED_RELIABILITY);
  });

  it('each extracted statement carries the confidence of its rules', () => {
    const file = extractArticles([
      {
        id: 'a',
        text: '"We will appeal," said Maria Jansen, the company\'s lawyer. She said the ruling was wrong. Officials said the plant would reopen.',
      },
    ]);
    expect(file.statements.length).toBe(3);
    for (const st of file.statements) expect(st.confidence).toBe(confidenceOf(st.rules ?? []));
    const [named, pronoun] = file.statements;
    expect(named?.confidence).toBeGreaterThan(0.9);
    expect(pronoun?.confidence).toBeLessThan(named?.confidence as number);
  });
});

const dev = polnearSplit('dev');

describe.skipIf(!dev)('confidence on real news (PolNeAR dev, speech subset)', () => {
  it('statements above 0.9 are right (content and speaker) at least 90% of the time; each band holds its lower bound within 0.05', () => {
    const system = extractArticles(dev?.articles ?? []);
    const report = scoreAttributions(dev?.gold as NonNullable<typeof dev>['gold'], system);
    const rows = reliabilityTable(system.statements, report.outcomes);
    const top = rows[0] as ReliabilityRow;
    expect(top.band).toBe('> 0.9');
    expect(top.statements).toBeGreaterThanOrEqual(100);
    expect(top.attributedPrecision).toBeGreaterThanOrEqual(0.9);
    expect(rows.find((r) => r.band === 'none')).toBeUndefined();
    for (const row of rows.filter((r) => r.statements >= 20))
      expect(row.attributedPrecision as number, row.band).toBeGreaterThanOrEqual(row.lower - 0.05);
  });
});
