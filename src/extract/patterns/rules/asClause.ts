// "As Ortiz said last week, the tax will not rise.": a reporting clause opened by "as" at the head
// of the sentence; what follows its comma is the content (the clause itself holds none).
import type { AttributionRule } from '../context.ts';
import { reportingBase, reportingSubject } from '../reporting.ts';
import { circumstanceFollows } from '../spans.ts';
import { CUE_GATE } from '../cues.ts';

/** Tokens from the cue to the comma that closes the as-clause ("said in an interview last week,"). */
const CLAUSE_REACH = 12;

export const asClause: AttributionRule = {
  name: 'as-clause',
  description: 'an "as" clause opening the sentence, the content after its comma: "As X said, Y"',
  examples: [
    {
      text: 'As Dana Wilk said last week, the harbour tax will not rise.',
      expected: { speaker: 'Wilk', content: 'the harbour tax will not rise', cue: 'said' },
    },
    {
      text: 'But as Marek Halloran told the council in June, the bridge cannot be saved.',
      expected: { speaker: 'Halloran', content: 'the bridge cannot be saved', cue: 'told' },
    },
    {
      text: 'As Marta Quell put it, "The harbour belongs to everyone."',
      expected: { speaker: 'Quell', content: 'The harbour belongs to everyone', cue: 'put it' },
    },
    { text: 'As Dana Wilk lamented the delays, the council voted again.', expected: null },
    { text: 'As Dana Wilk said that the tax was fair, the crowd booed.', expected: null },
  ],
  needs: CUE_GATE.reporting | CUE_GATE.notParticiple | CUE_GATE.clauseOrTell,
  apply: (c) => {
    const { v, cue } = c;
    if (cue.sense.participle || (cue.sense.frame !== 'clause' && cue.sense.frame !== 'tell')) return null;
    const subject = reportingSubject(c);
    if (!subject || subject.relative !== null) return null;
    const as = subject.mention.first - 1;
    if (v.lower(as) !== 'as' || !(as === c.start || (as === c.start + 1 && /^(but|and|so)$/.test(v.lower(c.start)))))
      return null;
    // (only a circumstance between the cue and the comma: "As X lamented the delays, …" is no report)
    if (!circumstanceFollows(v, cue.last, cue.sense.frame === 'tell')) return null;
    for (let k = cue.last + 1; k <= v.last && k - cue.last <= CLAUSE_REACH; k++) {
      if (v.lower(k) === 'that' || v.isQuote(k) || v.value(k) === ':' || v.value(k) === ';') return null;
      if (v.value(k) !== ',') continue;
      const content = v.trim(k + 1, v.last);
      return content ? { ...reportingBase(c, subject), content, pattern: 'clause', quoted: false } : null;
    }
    return null;
  },
};
