// "Asked if the plan was legal, 46 percent said yes", "half said so in the earlier poll", "Last
// month, 26 percent said the same": a reporting verb whose whole content is an answer word or
// "the same" (of someone); what stands before the speaker is the question or a time, not the content.
import type { AttributionRule } from '../context.ts';
import { reportingBase, reportingSubject } from '../reporting.ts';
import { CUE_GATE } from '../cues.ts';
import { clauseEnd } from '../spans.ts';
import { SAME_ANSWER, SHORT_ANSWERS } from '../../lexicon/cues.ts';

/** Parts of speech that may follow an answer word in its clause ("said no on Monday", "said so in June"). */
const AFTER_ANSWER: ReadonlySet<string> = new Set(['ADP', 'ADV', 'PUNCT', 'SCONJ', 'CCONJ']);

export const shortAnswer: AttributionRule = {
  name: 'short-answer',
  description: 'a reporting verb whose content is "yes", "no", "so" or "the same": "Asked if Y, X said yes"',
  examples: [
    {
      text: 'Asked whether the toll was fair, 46 percent of voters said yes.',
      expected: { speaker: '46 percent', content: 'yes' },
    },
    {
      text: 'Asked about the merger, Ines Marlow said no on Monday.',
      expected: { speaker: 'Marlow', content: 'no' },
    },
    {
      text: 'In March, Peter Okafor said the same of the ferry plan.',
      expected: { speaker: 'Okafor', content: 'the same of the ferry plan' },
    },
    { text: 'Peter Okafor said no one would lose their job.', expected: null },
    { text: 'Peter Okafor said so many people had come that the hall was full.', expected: null },
  ],
  needs: CUE_GATE.reporting | CUE_GATE.notParticiple,
  apply: (c) => {
    const { v, cue } = c;
    const k = cue.last + 1;
    const lower = v.lower(k);
    let content: { first: number; last: number } | null = null;
    if (SHORT_ANSWERS.has(lower) && (k === v.last || AFTER_ANSWER.has(v.pos(k + 1)))) content = { first: k, last: k };
    else if (lower === SAME_ANSWER[0] && v.lower(k + 1) === SAME_ANSWER[1]) content = v.trim(k, clauseEnd(v, k, false));
    if (!content) return null;
    const subject = reportingSubject(c);
    if (!subject || subject.relative === 'inside') return null;
    return { ...reportingBase(c, subject), content, pattern: 'object', quoted: false };
  },
};
