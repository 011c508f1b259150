// "The film ends with footage of Kessler saying Y", "with Ortiz insisting Y": a reporting
// participle right after a name that is the object of a preposition or verb; the name speaks.
import type { AttributionRule } from '../context.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';
import { mentionBeforeParticiple } from '../participle.ts';
import { contentAfter, hasClauseAfter } from '../spans.ts';
import { participleAttached } from '../subject.ts';

export const participleOfName: AttributionRule = {
  name: 'participle-of-name',
  description: 'a participle cue right after a name in object position: "footage of X saying Y"',
  examples: [
    {
      text: 'The advertisement closes with footage of Dana Wilk saying the mill will never reopen.',
      expected: { speaker: 'Wilk', content: 'the mill will never reopen', cue: 'saying' },
    },
    {
      text: 'The meeting ended in uproar, with Marek Halloran insisting that the vote had been rigged.',
      expected: { speaker: 'Halloran', content: 'the vote had been rigged', cue: 'insisting' },
    },
    {
      text: 'The feud deepened, with Marek Halloran again insisting that the count was wrong.',
      expected: { speaker: 'Halloran', content: 'the count was wrong', cue: 'insisting' },
    },
    {
      text: 'Dana Wilk gained ground in the Harlow poll, with 30 percent of voters saying they liked her.',
      expected: { speaker: '30 percent of voters', content: 'they liked her', cue: 'saying' },
    },
    {
      text: 'The vote split the town, with former Harlow Mayor Dana Wilk insisting that the count was wrong.',
      expected: { speaker: 'Wilk', content: 'the count was wrong', cue: 'insisting' },
    },
    {
      text: 'Most voters in the Harlow poll backed Dana Wilk, with about three in 10 saying they were undecided.',
      expected: { speaker: 'three in 10', content: 'they were undecided', cue: 'saying' },
    },
    {
      text: 'The clip shows Marek Halloran saying at a rally in June, "We will win this seat," to loud cheers.',
      expected: { speaker: 'Halloran', content: 'We will win this seat', cue: 'saying' },
    },
    { text: 'The column ran beside a photograph of Ana Berg writing at her desk.', expected: null },
    { text: 'Dana Wilk saying the mill will close is not news.', expected: null },
  ],
  needs: CUE_GATE.reporting | CUE_GATE.participle,
  apply: (c) => {
    const { v, cue } = c;
    if (!cue.sense.participle || cueFamily(cue) !== 'reporting' || participleAttached(c, cue)) return null;
    const name = mentionBeforeParticiple(v, cue);
    // (a clause or quotation must follow: "Ana Berg writing in the Herald" says nothing yet)
    if (!name || !hasClauseAfter(v, cue.last)) return null;
    const content = contentAfter(v, cue.last, cue.sense.frame === 'tell');
    if (!content) return null;
    return {
      speaker: name.actor,
      speakerAt: name.first,
      stance: cue.sense.stance,
      cue: { first: cue.first, last: cue.last },
      content,
      targets: [],
      aboutExtra: [],
      pattern: cue.sense.frame === 'tell' ? 'tell' : 'clause',
      quoted: v.isQuote(content.first - 1) && v.quotePartner.get(content.first - 1) === content.last + 1,
      coordinated: false,
    };
  },
};
