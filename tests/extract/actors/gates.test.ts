// The scan's token gates must follow from what their rules check: wherever nominal-source or
// respondent-share finds a mention when called on its own (every gate flag set), the gate the scan
// reads before calling it holds at that token (sourceHeadNear, mayOpenShare). Checked at every
// token of the rules' own examples and of sentences written to stretch them (long modifier runs,
// place names, "of the", possessives).
import { describe, expect, it } from 'vitest';
import { ANY_GATE, type Rule } from '../../../src/extract/rules/index.ts';
import { nominalSource, sourceHeadNear } from '../../../src/extract/actors/mentions/noun/nominalSource.ts';
import { mayOpenShare, respondentShare } from '../../../src/extract/actors/mentions/noun/respondentShare.ts';
import type { MentionQuery } from '../../../src/extract/actors/mentions/query.ts';
import type { Found } from '../../../src/extract/actors/found.ts';
import type { Sentence, TokenTable } from '../../../src/extract/nlp/tokens.ts';
import { scanMentions } from './scan.ts';

const STRETCHED = [
  'One of the top young black New Jersey cast members said the show would go on.',
  'All the senior New Hampshire Republican delegates say the count was fair.',
  "The ad's narrator says the port will close.",
  'About four in 10 primary voters in the state said the race was close.',
  'Nearly a third say the plan will fail, and two-thirds of respondents said so too.',
  'With 22 percent saying the bridge is unsafe, the council met.',
];

const GATES: [string, Rule<MentionQuery, Found, string>, (t: TokenTable, i: number, s: Sentence) => boolean][] = [
  ['nominal-source', nominalSource, sourceHeadNear],
  ['respondent-share', respondentShare, mayOpenShare],
];

describe('mention gates', () => {
  for (const [name, rule, gate] of GATES) {
    it(`${name}: the gate holds wherever the rule fires`, () => {
      let fired = 0;
      for (const text of [...rule.examples.map((e) => e.text), ...STRETCHED]) {
        const { doc } = scanMentions(text);
        const { t } = doc;
        for (const s of t.sentences) {
          for (let i = s.first; i <= s.last; i++) {
            const det = t.lower[i] === 'the' || t.lower[i] === 'a' || t.lower[i] === 'an';
            const q: MentionQuery = {
              doc,
              i,
              s,
              gaz: undefined,
              entry: undefined,
              after: i + 1,
              owned: i + 1,
              det,
              head: det ? i + 1 : i,
              nounGate: true,
              flags: ANY_GATE,
            };
            if (rule.apply(q) === null) continue;
            fired++;
            expect(gate(t, i, s), `${text} @ ${t.value[i]}`).toBe(true);
          }
        }
      }
      expect(fired).toBeGreaterThan(5);
    });
  }
});
