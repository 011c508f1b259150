// The attribution rule tables: their shape (names, descriptions, examples), and every example
// sentence of every rule run through the whole extractor. A positive example must give a
// statement produced by that rule (`rules` names it) with the expected content, speaker, cue and
// stance; a counter-example must give no statement from that rule; a veto's example must give no
// statement on the vetoed cue.
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../../src/extract/index.ts';
import type { Expected } from '../../../src/extract/patterns/context.ts';
import {
  ATTRIBUTION,
  CONTINUATION,
  EXTENSION,
  FOLLOWING_QUOTE,
  PRECEDING_QUOTE,
  VETOES,
} from '../../../src/extract/patterns/table.ts';
import { tableProblems } from '../../../src/extract/rules/index.ts';
import type { StatementRecord } from '../../../src/model/index.ts';
import { speakerNames } from '../speakerNames.ts';

const STATEMENT_TABLES = [ATTRIBUTION, EXTENSION, CONTINUATION, PRECEDING_QUOTE, FOLLOWING_QUOTE];

function extract(text: string) {
  return extractArticles([{ id: 'example', text }]);
}

describe('attribution rule tables', () => {
  it.each([VETOES, ...STATEMENT_TABLES])('$name table: named, described, with examples', (table) => {
    expect(tableProblems(table)).toEqual([]);
  });

  it('rule names are unique across the tables that share the attribution/ prefix', () => {
    const names = STATEMENT_TABLES.flatMap((t) => t.rules.map((r) => r.name));
    expect(new Set(names).size).toBe(names.length);
  });
});

const positives = STATEMENT_TABLES.flatMap((table) =>
  table.rules.flatMap((rule) =>
    rule.examples
      .filter((e) => e.expected !== null)
      .map((e) => ({ rule: `${table.name}/${rule.name}`, text: e.text, expected: e.expected as Expected })),
  ),
);
const counters = STATEMENT_TABLES.flatMap((table) =>
  table.rules.flatMap((rule) =>
    rule.examples.filter((e) => e.expected === null).map((e) => ({ rule: `${table.name}/${rule.name}`, text: e.text })),
  ),
);

describe('attribution rules on their examples', () => {
  it.each(positives)('$rule: $text', ({ rule, text, expected }) => {
    const file = extract(text);
    const mine = file.statements.filter((s) => s.rules?.includes(rule));
    const described = (s: StatementRecord) =>
      `${s.content.text} [${s.cue?.text ?? 'no cue'}, ${s.stance}, ${s.speaker}, ${s.rules?.join(' ')}]`;
    expect(mine.map(described), `statements: ${file.statements.map(described).join(' | ')}`).not.toEqual([]);
    const hit = mine.find((s) => expected.content === undefined || s.content.text === expected.content);
    expect(hit?.content.text, `statements of ${rule}: ${mine.map(described).join(' | ')}`).toBe(expected.content);
    if (!hit) return;
    if (expected.speaker !== undefined)
      expect(speakerNames(file, hit.speaker).join(' | ')).toContain(expected.speaker.toLowerCase());
    if (expected.cue !== undefined) expect(hit.cue?.text ?? null).toBe(expected.cue);
    if (expected.stance !== undefined) expect(hit.stance).toBe(expected.stance);
  });

  it.each(counters)('$rule leaves alone: $text', ({ rule, text }) => {
    expect(extract(text).statements.filter((s) => s.rules?.includes(rule))).toEqual([]);
  });

  const vetoes = VETOES.rules.flatMap((rule) => rule.examples.map((e) => ({ rule: rule.name, text: e.text, e })));
  it.each(vetoes)('veto $rule: $text', ({ text, e }) => {
    const cue = e.expected?.cue;
    expect(cue).toBeTruthy();
    expect(extract(text).statements.filter((s) => s.cue?.text === cue)).toEqual([]);
  });
});
