// "Rebels claimed responsibility for the attack": no clause on either side of the cue; its
// object is the content.
import type { AttributionRule } from '../context.ts';
import { beforeParticiple, contentBefore } from '../content.ts';
import { contentFollows, reportingBase, reportingSubject } from '../reporting.ts';
import { CUE_GATE } from '../cues.ts';

const OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'ADJ', 'NUM']);

export const objectOnly: AttributionRule = {
  name: 'object-only',
  description: 'a cue whose object is the content, with no clause either side: "X claimed responsibility for Y"',
  examples: [
    {
      text: 'The Northern Front claimed responsibility for the bombing.',
      expected: { speaker: 'Northern Front', content: 'responsibility for the bombing' },
    },
  ],
  needs: CUE_GATE.reporting,
  apply: (c) => {
    const { v, cue } = c;
    const subject = reportingSubject(c);
    if (!subject || contentFollows(c, subject) || contentBefore(c, subject.mention.first)) return null;
    if (!OBJECT_STARTS.has(v.pos(cue.last + 1))) return null;
    const object = v.trim(cue.last + 1, v.last);
    if (!object) return null;
    return { ...reportingBase(c, subject), content: beforeParticiple(v, object), pattern: 'object', quoted: false };
  },
};
