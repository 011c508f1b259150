// "X called the claims baseless", "X called the report 'a fabrication'", ", calling the account
// false": naming a claim false denies it (SPEC.md: stance follows what the statement does). The
// content is the object (the claim), as for "dismissed X as Y". Without a word of falsehood in the
// complement ("called the decision a mistake") calls-something asserts the naming.
import type { AttributionRule } from '../context.ts';
import { calling, namesAt } from '../calling.ts';
import { FALSITY } from '../../lexicon/nouns.ts';
import { CUE_GATE } from '../cues.ts';

export const callsFalse: AttributionRule = {
  name: 'calls-false',
  description: '"X called the claims baseless": naming a claim false denies it; the claim is the content',
  examples: [
    {
      text: 'The ministry called the reports completely false.',
      expected: { speaker: 'ministry', content: 'the reports', stance: 'denies' },
    },
    { text: 'Mayor Lena Ortiz called the decision a mistake.', expected: null },
  ],
  needs: CUE_GATE.call,
  apply: (c) => {
    const call = calling(c);
    const { v, cue } = c;
    // ("called it false": a pronoun is no claim to deny; calls-something takes it)
    if (!call || call.objectLast < 0 || v.pos(call.objectLast) === 'PRON' || !namesAt(c, call.complement, call.end))
      return null;
    let falsity = false;
    for (let j = call.complement; j <= call.end && !falsity; j++) falsity = FALSITY.has(v.lower(j));
    const content = falsity ? v.trim(cue.last + 1, call.objectLast) : null;
    if (!content) return null;
    return {
      speaker: call.subject.mention.actor,
      speakerAt: call.subject.mention.first,
      stance: 'denies',
      cue: { first: cue.first, last: cue.last },
      content,
      targets: [],
      aboutExtra: [],
      pattern: 'object',
      quoted: false,
      coordinated: call.subject.coordinated === true,
    };
  },
};
