// 'Peter Okafor: "We will not sign."', the colon after
// a name, perhaps with an apposition, then a colon that opens a quotation: the quotation is the
// name's statement (it may run on over sentences, quote-runs-on).
import type { AttributionRule } from '../context.ts';
import { colonSpeaker } from '../colon.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';

export const colonQuote: AttributionRule = {
  name: 'colon-quote',
  description: 'a name (and its apposition), a colon, then a quotation: \'X, a union leader: "Y"\'',
  examples: [
    {
      text: 'The mood was summed up by Peter Okafor, a union leader in Lagos: "We will not sign this."',
      expected: { speaker: 'Okafor', content: 'We will not sign this', cue: ':' },
    },
    { text: 'Lena Ortiz told Peter Okafor: "Sign it."', expected: null },
  ],
  needs: CUE_GATE.colon,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'colon' || !v.isQuote(cue.last + 1) || !v.startsWord(cue.last + 1)) return null;
    const who = colonSpeaker(c, true);
    if (!who) return null;
    const close = v.quotePartner.get(cue.last + 1);
    const content = v.trim(cue.last + 2, close !== undefined && close > cue.last + 1 ? close : v.last);
    if (!content) return null;
    return {
      speaker: who.actor,
      speakerAt: who.first,
      stance: 'asserts',
      cue: { first: cue.first, last: cue.last },
      content,
      targets: [],
      aboutExtra: [],
      pattern: 'colon',
      quoted: true,
      coordinated: false,
    };
  },
};
