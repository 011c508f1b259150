// What the reporting-verb rules share ("X said (that) Y", "Y, X said", '"Y," said X', "X denied
// Y", ", saying Y"): the subject of the cue and the fields every one of their statements has.
import type { CueContext } from './context.ts';
import { cueFamily } from './cues.ts';
import type { Attribution } from './frame.ts';
import { findSubject, participleSubject, type SubjectHit } from './subject.ts';
import { boundaryBefore, circumstanceFollows, hasClauseAfter } from './spans.ts';
import { claimBefore } from './content.ts';
import { perContext } from '../rules/index.ts';

/** The speaker of a reporting cue: the subject before it, or the main clause's for a participle (once per cue: six rules ask). */
export const reportingSubject: (c: CueContext) => SubjectHit | undefined = perContext((c) => {
  if (cueFamily(c.cue) !== 'reporting') return undefined;
  return c.cue.sense.participle ? participleSubject(c, c.cue) : findSubject(c, c.cue);
});

/** Does the content follow the cue ("said that Y", "denied the report", ", saying Y", "who X maintains Y")? */
export function contentFollows(c: CueContext, subject: SubjectHit): boolean {
  const { cue } = c;
  if (
    !cue.sense.participle &&
    !subject.coordinated &&
    subject.relative !== 'inside' &&
    circumstanceAfterQuote(c, subject)
  )
    return false;
  return (
    // ("announced talks", but "Y, X announced Monday": a circumstance after, the content before the comma)
    (cue.sense.frame === 'object' && !contentBeforeObjectVerb(c, subject)) ||
    subject.relative === 'inside' ||
    cue.sense.participle === true ||
    hasClauseAfter(c.v, cue.last)
  );
}

/**
 * '“There it is,” Okafor said to laughs.', '“We won,” she said, clutching the lectern.': a quotation
 * closes right before the speaker and only a circumstance follows the cue (a preposition, an adverb,
 * a time, a participle; no "that", no quotation after it): the quotation is what was said, and it
 * began in a sentence before when no rule took it here.
 */
function circumstanceAfterQuote(c: CueContext, subject: SubjectHit): boolean {
  const { v, cue } = c;
  const at = boundaryBefore(v, subject.mention.first);
  if (at !== subject.mention.first - 1 || !v.isQuote(at)) return false;
  const tell = cue.sense.frame === 'tell';
  let k = cue.last + 1;
  if (v.value(k) === ',') k++;
  const participle = v.pos(k) === 'VERB' && /ing$/.test(v.lower(k));
  // ("said to laughs": "to" read as a particle)
  if (!participle && v.lower(k) !== 'to' && !circumstanceFollows(v, k - 1, tell)) return false;
  for (let j = k; j <= v.last; j++) if (v.lower(j) === 'that' || v.isQuote(j)) return false;
  return true;
}

/**
 * "The depot will close, X announced Monday.": an object verb with only a circumstance after it and
 * a clause set off before its subject, which is not a claim noun or relative ("a claim X denied",
 * "which X denied") that the object rules take up.
 */
function contentBeforeObjectVerb(c: CueContext, subject: SubjectHit): boolean {
  const { v, cue } = c;
  const at = subject.mention.first;
  if (!circumstanceFollows(v, cue.last, false) || boundaryBefore(v, at) < 0) return false;
  return !claimBefore(v, at) && !/^(which|that|what)$/.test(v.lower(at - 1));
}

/** The fields of a reporting statement that only the cue and its subject decide. */
export function reportingBase(
  c: CueContext,
  subject: SubjectHit,
): Pick<Attribution, 'speaker' | 'speakerAt' | 'stance' | 'cue' | 'targets' | 'aboutExtra' | 'coordinated'> {
  return {
    speaker: subject.mention.actor,
    speakerAt: subject.mention.first,
    stance: c.cue.sense.stance,
    cue: { first: c.cue.first, last: c.cue.last },
    targets: [],
    aboutExtra: [],
    coordinated: subject.coordinated === true,
  };
}
