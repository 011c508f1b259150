// The scan's token gates must follow from what their rules check: wherever nominal-source or
// respondent-share finds a mention when called on its own (every gate flag set), the gate the scan
// reads before calling it holds at that token (sourceHeadNear, mayOpenShare). Checked at every
// token of the rules' own examples and of sentences written to stretch them (long modifier runs,
// place names, "of the", possessives). And the name table's gates: wherever a name rule finds a
// mention on its own, the flags of the gazetteer name there (`gazetteerFlags`) meet its `needs`.
import { describe, expect, it } from 'vitest';
import { ANY_GATE, type Rule } from '../../../src/extract/rules/index.ts';
import { NAME_RULES } from '../../../src/extract/actors/mentions/name/table.ts';
import { nominalSource, sourceHeadNear } from '../../../src/extract/actors/mentions/noun/nominalSource.ts';
import { mayOpenShare, respondentShare } from '../../../src/extract/actors/mentions/noun/respondentShare.ts';
import { gazetteerFlags, MENTION_GATE, type MentionQuery } from '../../../src/extract/actors/mentions/query.ts';
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
        const { doc, actors } = scanMentions(text);
        const { t } = doc;
        for (const s of t.sentences) {
          for (let i = s.first; i <= s.last; i++) {
            // (the query the scan builds at a token, no gazetteer name asked for, every gate flag set)
            if (rule.apply(actors.query(i, s, true, false, ANY_GATE)) === null) continue;
            fired++;
            expect(gate(t, i, s), `${text} @ ${t.value[i]}`).toBe(true);
          }
        }
      }
      expect(fired).toBeGreaterThan(5);
    });
  }
});

/** The gate flags a name rule may need that say what the gazetteer name at the token is. */
const NAME_FLAGS =
  MENTION_GATE.gazetteer |
  MENTION_GATE.possessive |
  MENTION_GATE.stateName |
  MENTION_GATE.notStateName |
  MENTION_GATE.aliasName |
  MENTION_GATE.demonymName |
  MENTION_GATE.notDemonymName |
  MENTION_GATE.sharedName |
  MENTION_GATE.notPossessive;

const NAMES_STRETCHED = [
  "Kenya's army and Kenya's government said the talks had failed.",
  'Kenyan Okafor and the Kenyans in Nairobi said the talks had failed.',
  'RSF and the Congo said the talks had failed; UN Kenya said so too.',
  "The US Embassy and NATO's spokesman said the talks had failed.",
];

describe('name gates', () => {
  for (const rule of NAME_RULES.rules) {
    it(`${rule.name}: its needs hold wherever it fires`, () => {
      const needs = (rule.needs ?? 0) & NAME_FLAGS;
      let fired = 0;
      for (const text of [...rule.examples.map((e) => e.text), ...NAMES_STRETCHED]) {
        const { doc, actors } = scanMentions(text);
        const { t } = doc;
        for (const s of t.sentences) {
          for (let i = s.first; i <= s.last; i++) {
            // (the query the scan builds at a capitalised token, every gate flag set)
            const q = actors.query(i, s, true, true, ANY_GATE);
            const { gaz, entry, after, owned } = q;
            if (rule.apply(q) === null) continue;
            fired++;
            const have =
              (gaz ? MENTION_GATE.gazetteer : 0) |
              (owned > after ? MENTION_GATE.possessive : 0) |
              gazetteerFlags(gaz, entry, owned > after);
            expect(needs & ~have, `${text} @ ${t.value[i]}`).toBe(0);
          }
        }
      }
      expect(fired).toBeGreaterThan(0);
    });
  }
});
