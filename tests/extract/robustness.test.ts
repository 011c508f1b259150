// Any string in, valid spans out: property tests over arbitrary text (unicode, quotes,
// control characters, line endings, abbreviations, real articles cut at any character) and the
// bad inputs a user may feed the extractor.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract/index.ts';
import { validateStatements } from '../../src/model/index.ts';

function spansHold(text: string): void {
  const out = extractArticles([{ id: 'd', text }]);
  for (const st of out.statements) {
    for (const span of [st.cue, st.content, st.evidence]) {
      if (!span) continue;
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.text).toBe(text.slice(span.start, span.end));
    }
  }
  const { problems } = validateStatements(out, { texts: new Map([['d', text]]) });
  expect(problems).toEqual([]);
}

const newsy = fc.constantFrom(
  'said',
  'told reporters',
  'according to',
  'denied',
  'rejected',
  'accused',
  'of',
  'that',
  'Russia',
  'the US',
  'Maria Jansen',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  ',',
  '.',
  '--',
  '\r\n',
  '\n\n',
  '\t',
  '😀',
  'café',
  'Ünïcödé',
  '\u0000',
  '\u200b',
  ' ',
);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The seed article and every fixture article: real prose to cut at arbitrary places. */
const ARTICLES: readonly string[] = [
  readFileSync(join(ROOT, 'graph/articles/aleppo-2016.txt'), 'utf8'),
  ...['tests/fixtures/eval', 'tests/fixtures/development'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
  ),
];

/** Words that end or seem to end sentences, dashes, quotes and names: where tokenizers and name finders slip. */
const tricky = fc.constantFrom(
  'L.P.',
  'Bloomberg L.P.',
  'U.S.',
  'U.N.',
  'Inc.',
  'Co.',
  'Mr.',
  'Dr.',
  'St.',
  'Gen.',
  'Sen.',
  'a.m.',
  'e.g.',
  'No.',
  'J.',
  'A.B.C.',
  '...',
  '…',
  '.',
  '?',
  '!',
  ';',
  ':',
  '(',
  ')',
  '(ABC)',
  '—',
  '–',
  '-',
  '--',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'s",
  '’s',
  "'",
  '\n',
  '\n\n',
  '\r\n',
  'said',
  'told',
  'denied',
  'accused',
  'according to',
  'the',
  'he',
  'it',
  'they',
  'The company',
  'Maria Jansen',
  'Jansen',
  'Russia',
  'NATO',
  'Syrian Observatory for Human Rights',
  'SOHR',
  'al-Assad',
  'Ünïcödé',
  '😀',
);

describe('extraction never throws, and spans equal the document slice', () => {
  it('regression: a text ending in a dotted abbreviation ("owned by Bloomberg L.P.") no longer crashes', () => {
    spansHold('The company is owned by Bloomberg L.P.');
    spansHold('"We will appeal," said a lawyer for Bloomberg L.P.');
    spansHold('Officials at the U.N.');
  });

  it('every prefix of a sentence full of abbreviations', () => {
    const text =
      'Mr. Jansen of Bloomberg L.P. told the U.S. Senate (SEN) on Monday that the U.N. said: "No." — J. Smith, Inc.';
    for (let end = 0; end <= text.length; end++) spansHold(text.slice(0, end));
  });

  it('the seed and fixture articles cut at any two characters', () => {
    const cut = fc
      .record({ doc: fc.nat(ARTICLES.length - 1), from: fc.nat(), length: fc.nat(1200) })
      .map(({ doc, from, length }) => {
        const text = ARTICLES[doc] as string;
        const start = from % (text.length + 1);
        return text.slice(start, start + length);
      });
    fc.assert(fc.property(cut, spansHold), { numRuns: 500 });
  });

  it('abbreviations, dashes, quotes, names and line breaks in any order, joined by any spacing', () => {
    const joiner = fc.constantFrom(' ', '', '  ', '\n', ' \n ', '\t', '\u00a0');
    const text = fc
      .array(fc.tuple(tricky, joiner), { maxLength: 60 })
      .map((parts) => parts.map(([word, space]) => word + space).join(''));
    fc.assert(fc.property(text, spansHold), { numRuns: 1000 });
  });
});

describe('spans equal the document slice for any text', () => {
  it('arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), spansHold), { numRuns: 150 });
  });
  it('news-like word salad with quotes, control characters and line endings', () => {
    fc.assert(
      fc.property(
        fc.array(newsy, { maxLength: 80 }).map((w) => w.join(' ')),
        spansHold,
      ),
      { numRuns: 300 },
    );
  });
  it('lone surrogates and full-width code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), spansHold), { numRuns: 100 });
  });
});

describe('bad input', () => {
  it.each([
    ['empty text', ''],
    ['only whitespace', ' \r\n\t \n'],
    ['no sentence punctuation', 'Russia said the talks would go on and the US said nothing more '.repeat(50)],
    ['Windows line endings', 'Russia said the talks would resume.\r\n\r\n"We are ready," Maria Jansen said.\r\n'],
    ['mixed curly and straight quotes', '“We are ready," Maria Jansen said. "No deal”, the US said.'],
    ['unbalanced quotes', '"We are ready, Maria Jansen said. The US said "no.'],
    ['a NUL and control characters', 'Russia\u0000 said\u0007 the talks\u001b would resume.'],
  ])('%s: extracts with valid spans', (_name, text) => {
    spansHold(text);
  });

  it('Windows line endings give the same statements as Unix ones', () => {
    const unix = 'Russia said the talks would resume.\n\n"We are ready," Maria Jansen said.\n';
    const windows = unix.replace(/\n/g, '\r\n');
    const pick = (text: string) =>
      extractArticles([{ id: 'd', text }]).statements.map((s) => [s.speaker, s.stance, s.content.text]);
    expect(pick(windows)).toEqual(pick(unix));
  });

  it('a 2 MB text without punctuation or line breaks finishes and gives valid spans', () => {
    const text = 'the officials said nothing about the talks with Russia '.repeat(40_000);
    spansHold(text);
  });

  it('argument validation: duplicate ids and non-string texts are refused with the bad value named', () => {
    expect(() =>
      extractArticles([
        { id: 'a', text: '' },
        { id: 'a', text: '' },
      ]),
    ).toThrow('claimgraph/extract: two articles have the id "a"');
    expect(() => extractArticles([{ id: 'a', text: 3 as unknown as string }])).toThrow(
      'claimgraph/extract: articles[0] (a): expecting a string text, got number',
    );
    expect(() => extractArticles([{ id: '', text: '' }])).toThrow(
      'claimgraph/extract: articles[0]: expecting a non-empty string id, got ""',
    );
  });
});
