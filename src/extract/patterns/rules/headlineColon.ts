// "Peter Okafor: Strike will go on until pay rises", "ORTIZ: We are ready.": a sentence (a headline,
// a transcript turn) that opens with a name and a colon is that name's statement.
import type { AttributionRule } from '../context.ts';
import { colonSpeaker } from '../colon.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';

export const headlineColon: AttributionRule = {
  name: 'headline-colon',
  description: 'a sentence opening with "Name:" (headline, transcript): the rest is the statement',
  examples: [
    {
      text: 'Peter Okafor: Strike will go on until pay rises',
      expected: { speaker: 'Okafor', content: 'Strike will go on until pay rises', cue: ':' },
    },
    {
      text: 'Lena Ortiz: Rebuilding will take a decade.',
      expected: { speaker: 'Ortiz', content: 'Rebuilding will take a decade' },
    },
    { text: 'NEW DELHI: Heavy rain flooded the capital on Monday.', expected: null },
  ],
  needs: CUE_GATE.colon,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'colon') return null;
    const who = colonSpeaker(c, false);
    if (!who || who.first !== v.first) return null;
    const content = v.trim(cue.last + 1, v.last);
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
      quoted: v.isQuote(content.first - 1),
      coordinated: false,
    };
  },
};
