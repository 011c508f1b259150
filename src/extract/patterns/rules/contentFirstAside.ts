// "Y, he said, cracking its hull": a participle after the cue adds to the cue; the content came first.
import type { AttributionRule } from '../context.ts';
import { contentBefore, pastCircumstance } from '../content.ts';
import { reportingBase, reportingSubject } from '../reporting.ts';
import { CUE_GATE } from '../cues.ts';

export const contentFirstAside: AttributionRule = {
  name: 'content-first-aside',
  description: 'content, then "X said", then a participle phrase that is not content: "Y, X said, adding …"',
  examples: [
    {
      text: 'The bridge is unsafe, Mayor Lena Ortiz said, pointing at the cracked pillars.',
      expected: { speaker: 'Ortiz', content: 'The bridge is unsafe' },
    },
  ],
  needs: CUE_GATE.reporting | CUE_GATE.notObject | CUE_GATE.notParticiple,
  apply: (c) => {
    const { v, cue } = c;
    if (cue.sense.frame === 'object' || cue.sense.participle) return null;
    const comma = pastCircumstance(v, cue.last + 1);
    if (v.value(comma) !== ',' || v.pos(comma + 1) !== 'VERB' || !/ing$/.test(v.lower(comma + 1))) return null;
    const subject = reportingSubject(c);
    if (!subject) return null;
    const found = contentBefore(c, subject.mention.first);
    if (!found) return null;
    return {
      ...reportingBase(c, subject),
      content: found.content,
      ...(found.firstSentence !== undefined ? { firstSentence: found.firstSentence } : {}),
      pattern: 'content-first',
      quoted: found.quoted,
    };
  },
};
