// '"Y," said X' and 'Y, said the ministry': the cue stands between the content and its speaker.
import type { AttributionRule } from '../context.ts';
import type { SentenceView } from '../view.ts';
import { contentBefore, secondQuoteEnd } from '../content.ts';
import { hasClauseAfter, withQuoteMarks } from '../spans.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';
import { mentionAfter } from '../speaker.ts';

export const inverted: AttributionRule = {
  name: 'inverted',
  description: 'a quotation or clause, then the cue, then its speaker: \'"Y," said X\'',
  examples: [
    { text: '"We have no choice," said Maria Jansen.', expected: { speaker: 'Jansen', content: 'We have no choice' } },
    {
      text: '"The vote was fair," said Peter Okafor, who chaired the count.',
      expected: { speaker: 'Okafor', content: 'The vote was fair' },
    },
    {
      text: '"Prices will fall," said Maria Jansen, an economist at Nordbank, "but not this year."',
      expected: {
        speaker: 'Jansen',
        content: '"Prices will fall," said Maria Jansen, an economist at Nordbank, "but not this year."',
      },
    },
    {
      text: '"We were wrong to wait," Tomas Berg, a shop owner, said at the mayor\'s rally.',
      expected: null,
    },
    {
      text: '"The plan is sound," Karl Brenner, an economist at Nordbank, said of the Harlow Fund.',
      expected: null,
    },
    {
      text: '"They called it \'a fair deal,\'" Ana Duarte, the director of the Harlow Coastal Authority, told the Norland Herald.',
      expected: null,
    },
    {
      text: '"Thanks for coming, friends," said master of ceremonies Tomas Reyvik, a retired pilot.',
      expected: { speaker: 'Reyvik', content: 'Thanks for coming, friends' },
    },
    {
      text: 'The port will reopen on Friday, said the Harbour Authority.',
      expected: { speaker: 'Harbour Authority', content: 'The port will reopen on Friday' },
    },
    {
      text: 'The levy will not pass this year, said Ines Marlow, who has led the council since 2019.',
      expected: { speaker: 'Marlow', content: 'The levy will not pass this year' },
    },
    {
      text: 'Few tenants can afford the new rents, said Tomas Quill, a housing lawyer who represents them.',
      expected: { speaker: 'Quill', content: 'Few tenants can afford the new rents' },
    },
    {
      text: 'The bridge is safe, said Vera Lund, director of the roads board, whose engineers inspected it.',
      expected: { speaker: 'Lund', content: 'The bridge is safe' },
    },
  ],
  needs: CUE_GATE.reporting | CUE_GATE.notObject | CUE_GATE.notParticiple,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'reporting' || cue.sense.frame === 'object' || cue.sense.participle) return null;
    const before = v.value(cue.first - 1);
    if (before !== ',' && !v.isQuote(cue.first - 1)) return null;
    // ('", Ingrid Holm, told the board": "told" takes its hearer after it, the speaker is the apposition before)
    if (cue.sense.frame === 'tell' && before === ',' && v.mentionEndingAt(cue.first - 2) !== undefined) return null;
    const after = mentionAfter(v, cue.last, 3);
    // ('", X said of the Harlow Fund": a name after a preposition is what was spoken of, not who spoke)
    if (!after || afterPreposition(v, cue.last, after.first)) return null;
    const found = contentBefore(c, cue.first);
    if (found && taggedBefore(c.v, found.content.first, cue.first)) return null;
    // a clause after the speaker may be its content ("…, said X, that Y"), unless a quotation came first
    if (!found || (!found.quoted && hasClauseAfter(v, describedUntil(v, after.last)))) return null;
    const second = found.quoted ? secondQuoteEnd(v, after.last) : -1;
    return {
      speaker: after.actor,
      speakerAt: after.first,
      stance: cue.sense.stance,
      cue: { first: cue.first, last: cue.last },
      content:
        second > found.content.last ? withQuoteMarks(v.t, { first: found.content.first, last: second }) : found.content,
      ...(found.firstSentence !== undefined ? { firstSentence: found.firstSentence } : {}),
      targets: [],
      aboutExtra: [],
      pattern: 'inverted',
      quoted: found.quoted,
      coordinated: false,
    };
  },
};

/**
 * '"Y," Tomas Berg, a shop owner, said at the mayor's rally': the quotation closes on a comma and a
 * name follows it, so the speaker stands before the cue (quote-first), not after it.
 */
function taggedBefore(v: SentenceView, from: number, cue: number): boolean {
  for (let k = from; k < cue - 1; k++) {
    if (!v.isQuote(k) || v.mentionStartingAt(k + 1) === undefined) continue;
    // (the comma may sit inside nested marks: ',’”' closing a quotation within a quotation)
    let j = k - 1;
    while (j > from && v.isQuote(j)) j--;
    if (v.value(j) === ',') return true;
  }
  return false;
}

/** Tokens an apposition after the speaker may take before a relative pronoun ("said X, a lawyer in Oslo who …"). */
const DESCRIPTION_REACH = 12;

/**
 * The last token of what describes the speaker ending at `last`: a relative clause about the speaker
 * (", who has led …", ", a lawyer who represents …", ", whose staff …") runs to the sentence end, so
 * the verbs inside it are no clause of the content; else `last` itself.
 */
function describedUntil(v: SentenceView, last: number): number {
  if (v.value(last + 1) !== ',') return last;
  for (let k = last + 2; k <= v.last && k - last <= DESCRIPTION_REACH; k++) {
    const lower = v.lower(k);
    if (SPEAKER_RELATIVES.has(lower) && (v.value(k - 1) === ',' || v.pos(k - 1) === 'NOUN' || v.pos(k - 1) === 'PROPN'))
      return v.last;
    if (lower === 'that' || v.isQuote(k) || v.pos(k) === 'VERB' || v.pos(k) === 'AUX') return last;
  }
  return last;
}

/** Relative pronouns that open a clause about a person or body ("that" may open the content itself). */
const SPEAKER_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

/**
 * Does a preposition stand between the cue and the name after it ("said of X", "said on X"), other
 * than inside the description before the name ("said master of ceremonies X")?
 */
function afterPreposition(v: SentenceView, cue: number, name: number): boolean {
  for (let k = cue + 1; k < name; k++) {
    if (v.pos(k) !== 'ADP') continue;
    if (k === cue + 1 || v.pos(k - 1) !== 'NOUN') return true;
    // ("said his friend at Harlow College": the name is the preposition's object)
    let j = k + 1;
    while (j < name && (v.pos(j) === 'DET' || v.pos(j) === 'ADJ')) j++;
    if (j === name) return true;
  }
  return false;
}
