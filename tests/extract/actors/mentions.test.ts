// The mention rules' own examples (src/extract/actors/mentions, extend): on each positive example
// some mention found by the rule names the actor given (a rule that hands its decision to another
// table, as unknown-name does, is seen through that table's rule names); on a counter-example the
// rule finds nothing. The tables are well formed.
import { describe, expect, it } from 'vitest';
import { tableProblems, type RuleTable } from '../../../src/extract/rules/index.ts';
import { NAME_RULES } from '../../../src/extract/actors/mentions/name/table.ts';
import { NOUN_RULES } from '../../../src/extract/actors/mentions/noun/table.ts';
import { PRONOUN_MENTION_RULES } from '../../../src/extract/actors/mentions/pronoun/table.ts';
import { DEMONYM_RULES } from '../../../src/extract/actors/mentions/demonym/table.ts';
import { UNKNOWN_NAME_RULES } from '../../../src/extract/actors/mentions/unknown/table.ts';
import { DESCRIPTION_RULES } from '../../../src/extract/actors/resolve/description/table.ts';
import { EXTENSION_RULES } from '../../../src/extract/actors/extend/table.ts';
import { MENTION_VETOES } from '../../../src/extract/actors/mentions/veto/table.ts';
import { scanMentions } from './scan.ts';

/** Rules that hand their decision to another table: the mention then carries that table's rule name. */
const DELEGATES: Record<string, string[]> = {
  'name/unknown-name': ['unknown-name/'],
  'name/demonym-phrase': ['demonym/', 'unknown-name/'],
  'demonym/organisation': ['unknown-name/'],
  'pronoun-mention/pronoun': ['pronoun/'],
  'pronoun-mention/statement-owner': ['pronoun/'],
  'noun/state-body': ['description/'],
  'noun/definite-description': ['description/'],
  'noun/nominal-source': ['description/'],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query: only names and examples are read
const TABLES: RuleTable<any, unknown, string>[] = [
  NAME_RULES,
  DEMONYM_RULES,
  UNKNOWN_NAME_RULES,
  NOUN_RULES,
  PRONOUN_MENTION_RULES,
  DESCRIPTION_RULES,
];

describe('mention rule tables', () => {
  it('are well formed', () => {
    expect(TABLES.flatMap((table) => tableProblems(table))).toEqual([]);
    expect(tableProblems(EXTENSION_RULES)).toEqual([]);
  });

  for (const table of TABLES) {
    for (const rule of table.rules) {
      const name = `${table.name}/${rule.name}`;
      const names = [name, ...(DELEGATES[name] ?? [])];
      const byRule = (rule: string | undefined): boolean =>
        rule !== undefined && names.some((n) => rule === n || (n.endsWith('/') && rule.startsWith(n)));
      for (const example of rule.examples) {
        it(`${name}: ${example.text}`, () => {
          const found = scanMentions(example.text).mentions.filter((m) => byRule(m.rule));
          if (example.expected === null) expect(found.map((m) => m.text)).toEqual([]);
          else expect(found.map((m) => m.label)).toContain(example.expected);
        });
      }
    }
  }

  for (const rule of EXTENSION_RULES.rules) {
    for (const example of rule.examples) {
      it(`extension/${rule.name}: ${example.text}`, () => {
        const { mentions, doc } = scanMentions(example.text);
        if (example.expected !== null) {
          expect(mentions.map((m) => m.text)).toContain(example.expected);
          return;
        }
        for (const m of mentions) {
          const actor = doc.registry.get(m.actor);
          if (!actor) continue;
          const hit = { last: m.last, actor, via: m.via };
          expect(rule.apply({ doc, s: m.sentence, first: m.first, hit })).toBeNull();
        }
      });
    }
  }

  it('vetoes are well formed', () => {
    expect(tableProblems(MENTION_VETOES)).toEqual([]);
  });

  for (const rule of MENTION_VETOES.rules) {
    for (const example of rule.examples) {
      it(`veto/${rule.name}: ${example.text}`, () => {
        const { mentions } = scanMentions(example.text);
        const expected = example.expected;
        if (expected === null) throw new Error('vetoes say what the text gives, never null');
        expect(mentions.map((m) => m.label)).toContain(expected.label);
        if (expected.absent !== undefined)
          expect(mentions.filter((m) => m.text.startsWith(expected.absent as string)).map((m) => m.text)).toEqual([]);
      });
    }
  }
});
