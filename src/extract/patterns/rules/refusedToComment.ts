// "refused to comment", "refused to say": withholding a statement is not one ("refused to
// withdraw" refuses a demand and stays a rejection).
import type { VetoRule } from '../context.ts';
import { SILENCE_VERBS } from '../../lexicon/cues.ts';

export const refusedToComment: VetoRule = {
  name: 'refused-to-comment',
  description: '"refused to comment / say / confirm": no statement',
  examples: [{ text: 'The ministry refused to comment on the report.', expected: { cue: 'refused' } }],
  apply: ({ v, cue }) =>
    /^refus/.test(v.lower(cue.verb)) && v.lower(cue.last + 1) === 'to' && SILENCE_VERBS.has(v.lower(cue.last + 2))
      ? true
      : null,
};
