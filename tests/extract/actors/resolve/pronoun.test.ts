// The pronoun rules' own examples (src/extract/actors/resolve/pronoun): on each example the
// document's last pronoun is resolved by that rule to the actor named, and a counter-example is
// left to another rule (or to none).
import { describe, expect, it } from 'vitest';
import { tableProblems } from '../../../../src/extract/rules/index.ts';
import { PRONOUN_RULES } from '../../../../src/extract/actors/resolve/pronoun/table.ts';
import { scanMentions } from '../scan.ts';

describe('pronoun rules', () => {
  it('the table is well formed', () => {
    expect(tableProblems(PRONOUN_RULES)).toEqual([]);
  });

  for (const rule of PRONOUN_RULES.rules) {
    for (const example of rule.examples) {
      it(`${rule.name}: ${example.text}`, () => {
        const { mentions, label } = scanMentions(example.text);
        const pronoun = mentions.filter((m) => m.via === 'pronoun').at(-1);
        const name = `${PRONOUN_RULES.name}/${rule.name}`;
        if (example.expected === null) {
          expect(pronoun?.rule).not.toBe(name);
        } else {
          expect(pronoun && { rule: pronoun.rule, referent: label(pronoun.actor) }).toEqual({
            rule: name,
            referent: example.expected,
          });
        }
      });
    }
  }
});
