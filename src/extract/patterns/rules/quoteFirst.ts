// '"Y," X said in an interview.', '"Y," X said, asked about Z.', '"Y1," X said, "Y2."': a
// quotation closed right before its speaker is the content, whatever phrase follows the cue
// (a circumstance, a participle, an aside); a second quotation after the cue joins it.
import type { AttributionRule } from '../context.ts';
import { contentBefore, secondQuoteEnd } from '../content.ts';
import { circumstanceFollows, withQuoteMarks } from '../spans.ts';
import { reportingBase, reportingSubject } from '../reporting.ts';
import { CUE_GATE } from '../cues.ts';

export const quoteFirst: AttributionRule = {
  name: 'quote-first',
  description: 'a quotation, then "X said" and any circumstance: \'"Y," X said on Sunday\'',
  examples: [
    {
      text: '"We are not leaving," Lena Ortiz said in her victory speech that night.',
      expected: { speaker: 'Ortiz', content: 'We are not leaving' },
    },
    {
      text: '"It has been a long year," Peter Okafor said, asked about the delays.',
      expected: { speaker: 'Okafor', content: 'It has been a long year' },
    },
    {
      text: '"The plan is sound," Karl Brenner, an economist at Nordbank and a professor at Harlow College, said of the Harlow Fund.',
      expected: { speaker: 'Karl Brenner', content: 'The plan is sound' },
    },
    {
      text: '"They called it \'a fair deal,\'" Ana Duarte, the director of the Harlow Coastal Authority, told the Norland Herald.',
      expected: { speaker: 'Ana Duarte', content: "They called it 'a fair deal" },
    },
    {
      text: 'Asked about the "Northern Route," Peter Okafor said he had never heard of it.',
      expected: null,
    },
    {
      text: '"The roads are open," Lena Ortiz said, "but the bridges are not."',
      expected: { speaker: 'Ortiz', content: '"The roads are open," Lena Ortiz said, "but the bridges are not."' },
    },
  ],
  needs: CUE_GATE.reporting | CUE_GATE.notParticiple | CUE_GATE.clauseOrTell,
  apply: (c) => {
    const { v, cue } = c;
    if (cue.sense.participle || (cue.sense.frame !== 'clause' && cue.sense.frame !== 'tell')) return null;
    if (!circumstanceFollows(v, cue.last, cue.sense.frame === 'tell')) return null;
    const subject = reportingSubject(c);
    if (!subject || subject.relative === 'inside') return null;
    const found = contentBefore(c, subject.mention.first);
    if (!found?.quoted) return null;
    const second = secondQuoteEnd(v, cue.last);
    return {
      ...reportingBase(c, subject),
      content:
        second > found.content.last ? withQuoteMarks(v.t, { first: found.content.first, last: second }) : found.content,
      ...(found.firstSentence !== undefined ? { firstSentence: found.firstSentence } : {}),
      pattern: 'content-first',
      quoted: true,
    };
  },
};
