// "About four in 10 said", "Almost half said", "Nearly a third say", "26% say", "Six in 10 primary
// voters said", "More than half of respondents in the poll said": a share of the people asked,
// standing as the subject of a reporting verb, speaks as a group of its own (labelled by its
// words, the people it is a share of included). Shares nominal-source reads ("63 percent said")
// stay its own; this rule takes the forms it does not: "N in 10", fractions, "%", and a share
// followed by the people it counts.
import { CUES } from '../../../lexicon/cues.ts';
import { CLAUSE_OPENERS } from '../../../lexicon/grammar.ts';
import { RESPONDENT_PARTICIPLES, SHARE_FRACTIONS, SHARE_LEADS, SHARE_MARKS } from '../../../lexicon/sources.ts';
import type { Sentence, TokenTable } from '../../../nlp/tokens.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

/** Tokens the people counted may take ("of respondents in the USA TODAY/Suffolk poll"). */
const PEOPLE_REACH = 12;
const PEOPLE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const PEOPLE_JOINS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from', '/', '-', "'s", '’s']);
/** Words that open a clause, not the people counted ("half of what researchers need"). */
const RELATIVES: ReadonlySet<string> = new Set(['what', 'which', 'who', 'whom', 'whose', 'that']);
/** Tokens between the phrase and its cue ("also said", "have said"). */
const CUE_REACH = 3;

/** Last token of a share opening at i ("four in 10", "26 %", "a third", "two-thirds", "half"), or -1. */
function shareEnd(t: TokenTable, i: number, s: Sentence): number {
  const at = (k: number): string => (k <= s.last ? (t.lower[k] as string) : '');
  const lower = at(i);
  if (SHARE_FRACTIONS.has(lower)) return i;
  if ((lower === 'a' || lower === 'one') && SHARE_FRACTIONS.has(at(i + 1))) return i + 1;
  if (t.pos[i] !== 'NUM') return -1;
  if (SHARE_MARKS.has(at(i + 1))) return i + 1;
  if (SHARE_FRACTIONS.has(at(i + 1))) return i + 1;
  if (at(i + 1) === '-' && SHARE_FRACTIONS.has(at(i + 2))) return i + 2;
  if (at(i + 1) === 'in' && t.pos[i + 2] === 'NUM') return i + 2;
  if (at(i + 1) === 'out' && at(i + 2) === 'of' && t.pos[i + 3] === 'NUM') return i + 3;
  return -1;
}

/** Could a share open at token i (`shareEnd` finds one only there)? The scan's gate, `MENTION_GATE.share`. */
export function mayOpenShare(t: TokenTable, i: number, s: Sentence): boolean {
  const lower = t.lower[i] as string;
  return (
    t.pos[i] === 'NUM' ||
    SHARE_FRACTIONS.has(lower) ||
    ((lower === 'a' || lower === 'one') && i + 1 <= s.last && SHARE_FRACTIONS.has(t.lower[i + 1] as string))
  );
}

/** Is token k a reporting verb right after a share's phrase (the tagger reads some as nouns: "a third say")? */
function isCue(t: TokenTable, k: number, aux: boolean): boolean {
  const lower = t.lower[k] as string;
  if (!CUES.has(lower) || (lower.endsWith('ing') && !aux)) return false;
  const pos = t.pos[k];
  return pos === 'VERB' || pos === 'AUX' || pos === 'NOUN';
}

/**
 * The phrase's last token when a reporting verb follows it, past adverbs and auxiliaries; else -1.
 * After "with" the verb is a participle ("with 30 percent of voters saying …").
 */
function phraseBeforeCue(t: TokenTable, end: number, s: Sentence, absolute: boolean): number {
  let last = end;
  for (let k = end + 1; k <= s.last && k <= end + PEOPLE_REACH; k++) {
    // (a noun that is also a reporting verb goes on the phrase when a verb follows it: "in each state say")
    if ((isCue(t, k, absolute) && !isCue(t, k + 1, absolute)) || RELATIVES.has(t.lower[k] as string)) break;
    // (a capitalised word is part of a poll's or a group's name, however the tagger read it)
    const word = PEOPLE_POS.has(t.pos[k] as string) || /^\p{Lu}/u.test(t.value[k] as string);
    if (!word && !PEOPLE_JOINS.has(t.lower[k] as string)) break;
    last = k;
  }
  // (the people counted end on a word, not on a preposition or an article)
  while (last > end && (PEOPLE_JOINS.has(t.lower[last] as string) || t.pos[last] === 'DET')) last--;
  let aux = absolute;
  // ("about two-thirds, 67 percent, say …": the same share in figures, set off by commas)
  const after = apposedFigureEnd(t, last, s) + 1;
  for (let k = after; k <= s.last && k <= after + CUE_REACH; k++) {
    if (isCue(t, k, aux)) return last;
    if (t.pos[k] === 'AUX' || t.lower[k] === 'not') aux = true;
    // ("58 percent of voters polled said", "… overall said": how or where they were asked)
    else if (t.pos[k] !== 'ADV' && !RESPONDENT_PARTICIPLES.has(t.lower[k] as string) && t.lower[k] !== 'overall')
      return -1;
  }
  return -1;
}

/** The closing comma of ", 67 percent," / ", 33%," right after token `last`, else `last`. */
function apposedFigureEnd(t: TokenTable, last: number, s: Sentence): number {
  const k = last + 1;
  if (t.lower[k] !== ',' || t.pos[k + 1] !== 'NUM' || !SHARE_MARKS.has(t.lower[k + 2] ?? '')) return last;
  return k + 3 <= s.last && t.lower[k + 3] === ',' ? k + 3 : last;
}

export const respondentShare: MentionRule = {
  name: 'respondent-share',
  description: 'a share of the people asked as the subject of a reporting verb ("about four in 10 said")',
  examples: [
    { text: 'About four in 10 said they were angry with the council.', expected: 'four in 10' },
    { text: 'Almost half said they wanted a mayor from outside politics.', expected: 'half' },
    { text: 'Nearly a third say they do not know.', expected: 'a third' },
    { text: 'In the survey, 26% say the tax is too high.', expected: '26%' },
    { text: 'Six in 10 Harlow primary voters said the mayor is honest.', expected: 'six in 10 harlow primary voters' },
    {
      text: 'More than half of respondents in the Norland Herald poll said the park should stay.',
      expected: 'half of respondents in the norland herald poll',
    },
    {
      text: 'Ruiz gained ground, with 30 percent of voters saying they liked him.',
      expected: '30 percent of voters',
    },
    { text: 'Lind came second, with three in 10 saying they backed her.', expected: 'three in 10' },
    { text: 'Most said the port was safe, after half said so in May.', expected: 'half' },
    { text: 'Just over a quarter, 26 percent, say they will vote for Duarte.', expected: 'a quarter' },
    { text: 'Half of voters in each state say the ferry is late.', expected: 'half of voters in each state' },
    { text: 'Six in 10 Harlow voters polled said they were unhappy.', expected: 'six in 10 harlow voters' },
    { text: 'Prices rose by a third in the last year.', expected: null },
    { text: 'The town grew, with a third living near the river.', expected: null },
    { text: 'Half of the budget went to roads.', expected: null },
    { text: 'The fund pays half of what farmers said they need.', expected: null },
  ],
  needs: MENTION_GATE.share,
  apply: ({ doc, i, s }) => {
    const { t } = doc;
    if (doc.quotes.inside(i)) return null;
    // ("with 22 percent saying …": a share opening an absolute construction speaks through its participle)
    let absolute = false;
    if (i > s.first) {
      const prev = t.lower[i - 1] as string;
      const pos = t.pos[i - 1] as string;
      absolute = prev === 'with' || (SHARE_LEADS.has(prev) && i - 1 > s.first && t.lower[i - 2] === 'with');
      // ("…, after half said so": a share may open a subordinate clause)
      const opens =
        pos === 'PUNCT' ||
        pos === 'CCONJ' ||
        pos === 'ADV' ||
        SHARE_LEADS.has(prev) ||
        CLAUSE_OPENERS.has(prev) ||
        absolute;
      if (!opens || /^[’'"”]$/.test(prev)) return null;
    }
    const end = shareEnd(t, i, s);
    if (end < 0) return null;
    const last = phraseBeforeCue(t, end, s, absolute);
    if (last < 0) return null;
    const label = doc.surface(i, last).toLowerCase();
    return { last, ref: { label, kind: 'other', surface: doc.surface(i, last), plural: true }, via: 'group' };
  },
};
