// "X called the claims baseless", "X called the report 'a fabrication'", ", calling the account
// false": naming a claim false denies it (SPEC.md: stance follows what the statement does). The
// content is the object (the claim), as for "dismissed X as Y". Without a word of falsehood in the
// complement ("called the decision a mistake") it is an evaluation, not one of the four stances;
// "called for" / "called on" are appeals, which are not statements.
import type { AttributionRule, CueContext } from '../context.ts';
import type { Attribution } from '../frame.ts';
import { findSubject, participleSubject } from '../subject.ts';
import { clauseEnd } from '../spans.ts';
import { FALSITY } from '../../lexicon/nouns.ts';

const NOT_NAMING: ReadonlySet<string> = new Set(['for', 'on', 'off', 'up', 'out', 'in', 'it', 'back', 'upon', 'to']);

export const callsFalse: AttributionRule = {
  name: 'calls-false',
  description: '"X called the claims baseless": naming a claim false denies it; the claim is the content',
  examples: [
    {
      text: 'The ministry called the reports completely false.',
      expected: { speaker: 'ministry', content: 'the reports', stance: 'denies' },
    },
    { text: 'The mayor called the decision a mistake.', expected: null },
  ],
  apply: (ctx) => calling(ctx),
};

function calling(ctx: CueContext): Attribution | null {
  const { v, cue } = ctx;
  if (cue.sense.frame !== 'call' || cue.passive || NOT_NAMING.has(v.lower(cue.last + 1))) return null;
  if (cue.sense.participle && !v.afterComma(cue.first)) return null;
  const subject = cue.sense.participle ? participleSubject(ctx, cue) : findSubject(ctx, cue);
  if (!subject) return null;
  const end = clauseEnd(v, cue.last + 1, false);
  // the object noun phrase: up to its head noun, before the complement starts
  let head = -1;
  let k = cue.last + 1;
  for (; k <= end; k++) {
    const pos = v.pos(k);
    if (pos === 'NOUN' || pos === 'PROPN') head = k;
    else if (head >= 0 || (pos !== 'DET' && pos !== 'ADJ' && pos !== 'PRON' && pos !== 'PART' && pos !== 'NUM')) break;
  }
  if (head < 0) return null;
  let falsity = false;
  for (let j = head + 1; j <= end && !falsity; j++) falsity = FALSITY.has(v.lower(j));
  if (!falsity) return null;
  const content = v.trim(cue.last + 1, head);
  if (!content) return null;
  return {
    speaker: subject.mention.actor,
    speakerAt: subject.mention.first,
    stance: 'denies',
    cue: { first: cue.first, last: cue.last },
    content,
    targets: [],
    aboutExtra: [],
    pattern: 'object',
    quoted: false,
    coordinated: subject.coordinated === true,
  };
}
