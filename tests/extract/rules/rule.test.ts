import { describe, expect, it } from 'vitest';
import { allRules, firstRule, tableProblems, type RuleTable } from '../../../src/extract/rules/index.ts';

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
