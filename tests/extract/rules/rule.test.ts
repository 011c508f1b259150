import { describe, expect, it } from 'vitest';
import {
  ANY_GATE,
  allRules,
  firstRule,
  mayFire,
  tableProblems,
  type RuleTable,
} from '../../../src/extract/rules/index.ts';

const table: RuleTable<string, number> = {
  name: 'demo',
  rules: [
    {
      name: 'length-three',
      description: 'three letters',
      examples: [{ text: 'abc', expected: 3 }],
      apply: (s) => (s.length === 3 ? 3 : null),
    },
    {
      name: 'starts-with-a',
      description: 'starts with a',
      examples: [{ text: 'ab', expected: 1 }],
      apply: (s) => (s.startsWith('a') ? 1 : null),
    },
  ],
};

describe('rule tables', () => {
  it('firstRule tries the rules in order and names the one that fired', () => {
    expect(firstRule(table, 'abc')).toEqual({ rule: 'demo/length-three', result: 3 });
    expect(firstRule(table, 'ab')).toEqual({ rule: 'demo/starts-with-a', result: 1 });
    expect(firstRule(table, 'zz')).toBeNull();
  });

  it('a gated table tries only the rules whose needs the context flags meet', () => {
    const LONG = 1;
    const calls: string[] = [];
    const gated: RuleTable<string, string> = {
      name: 'gated',
      rules: [
        {
          name: 'long-word',
          description: 'a word of five letters or more',
          examples: [{ text: 'abcde', expected: 'long' }],
          needs: LONG,
          apply: (s) => (calls.push('long-word'), s.length >= 5 ? 'long' : null),
        },
        {
          name: 'any-word',
          description: 'any word',
          examples: [{ text: 'ab', expected: 'any' }],
          apply: () => (calls.push('any-word'), 'any'),
        },
      ],
    };
    expect(firstRule(gated, 'abcdef', 0)).toEqual({ rule: 'gated/any-word', result: 'any' });
    expect(calls).toEqual(['any-word']);
    expect(firstRule(gated, 'abcdef', LONG)).toEqual({ rule: 'gated/long-word', result: 'long' });
    // without flags every rule is tried, as when a rule is called on its own
    expect(firstRule(gated, 'abcdef')?.rule).toBe('gated/long-word');
    expect(allRules(gated, 'abcdef', 0).map((f) => f.rule)).toEqual(['gated/any-word']);
    expect(calls).toEqual(['any-word', 'long-word', 'long-word', 'any-word']);
  });

  it('mayFire says whether any rule of a table could fire on the flags given', () => {
    const LONG = 1;
    const SHORT = 2;
    const apply = (): string => 'hit';
    const gated: RuleTable<string, string> = {
      name: 'only-gated',
      rules: [
        { name: 'long', description: 'long', examples: [{ text: 'abcde', expected: 'hit' }], needs: LONG, apply },
        { name: 'both', description: 'both', examples: [{ text: 'ab', expected: 'hit' }], needs: LONG | SHORT, apply },
      ],
    };
    expect(mayFire(gated, 0)).toBe(false);
    expect(mayFire(gated, SHORT)).toBe(false);
    expect(mayFire(gated, LONG)).toBe(true);
    expect(mayFire(gated, ANY_GATE)).toBe(true);
  });

  it('allRules gives every rule that applies, in table order', () => {
    expect(allRules(table, 'abc').map((f) => f.rule)).toEqual(['demo/length-three', 'demo/starts-with-a']);
  });

  it('tableProblems flags bad names, duplicates and rules without a positive example', () => {
    expect(tableProblems(table)).toEqual([]);
    const bad: RuleTable<string, number> = {
      name: 'bad',
      rules: [
        { name: 'Bad Name', description: 'x', examples: [{ text: 'a', expected: 1 }], apply: () => null },
        { name: 'dup', description: 'x', examples: [{ text: 'a', expected: null }], apply: () => null },
        { name: 'dup', description: '', examples: [{ text: 'a', expected: 1 }], apply: () => null },
      ],
    };
    expect(tableProblems(bad)).toEqual([
      'bad: rule name "Bad Name" is not kebab-case',
      'bad/dup: no positive example',
      'bad: two rules are named dup',
      'bad/dup: no description',
    ]);
  });
});
