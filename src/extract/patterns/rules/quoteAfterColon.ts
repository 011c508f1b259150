// 'Lena Ortiz said:' closing a sentence, and the quotation opening the next one (often the next
// paragraph): '… the minister added:\n\n"We will rebuild every street."' The quotation is the
// statement of the cue's speaker (and runs on over its sentences, quote-runs-on).
import type { CueContext, FollowingQuoteRule } from '../context.ts';
import type { Cue } from '../cues.ts';
import { reportingSubject } from '../reporting.ts';
import type { SentenceView } from '../view.ts';

export const quoteAfterColon: FollowingQuoteRule = {
  name: 'quote-after-colon',
  description: 'a sentence ending "<speaker> <reporting verb>:", then a quotation opening the next sentence',
  examples: [
    {
      text: 'Lena Ortiz, the mayor, answered the critics on Monday. She said:\n\n"We will rebuild every street."',
      expected: { speaker: 'Ortiz', content: 'We will rebuild every street', cue: 'said' },
    },
    {
      text: 'The Harbour Times reports:\n\n"The ferries will stop in May. The port will close."',
      expected: { speaker: 'Harbour Times', content: '"The ferries will stop in May. The port will close."' },
    },
    { text: 'Lena Ortiz said the plan had three parts:\n\n"Roads. Schools. Parks."', expected: null },
  ],
  apply: ({ lead, v, cues, own, actorKind }) => {
    if (lead.value(lead.last) !== ':' || !v.isQuote(v.first) || !v.startsWord(v.first)) return null;
    // the sentence's own cue takes this quotation ('"…," Okafor added')
    if (own.some((a) => a.content.first <= v.first + 2)) return null;
    const cue = [...cues].reverse().find((c) => c.last < lead.last && !c.passive && !c.according);
    if (!cue || !bareTail(lead, cue)) return null;
    const ctx: CueContext = { v: lead, start: lead.first, earlier: [], openQuote: () => undefined, actorKind, cue };
    const subject = reportingSubject(ctx);
    if (!subject || subject.relative === 'inside') return null;
    const close = v.quotePartner.get(v.first);
    const content = v.trim(v.first + 1, close !== undefined && close > v.first ? close - 1 : v.last);
    if (!content) return null;
    return {
      speaker: subject.mention.actor,
      speakerAt: null,
      stance: cue.sense.stance,
      cue: { first: cue.first, last: cue.last },
      content,
      firstSentence: lead.index,
      targets: [],
      aboutExtra: [],
      pattern: 'colon',
      quoted: true,
      coordinated: subject.coordinated === true,
    };
  },
};

/** Between the cue and the colon only a circumstance ("said on Monday:", "told reporters in Lyon:"), no clause. */
function bareTail(lead: SentenceView, cue: Cue): boolean {
  for (let k = cue.last + 1; k < lead.last; k++)
    if (lead.pos(k) === 'VERB' || lead.pos(k) === 'AUX' || lead.lower(k) === 'that' || lead.isQuote(k)) return false;
  return true;
}
