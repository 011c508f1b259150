// "Peter Okafor: Strike will go on until pay rises", "ORTIZ: We are ready.": a sentence (a headline,
// a transcript turn) that opens with a name and a colon is that name's statement.
import type { AttributionRule } from '../context.ts';
import { colonSpeaker } from '../colon.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';
import type { SentenceView } from '../view.ts';

/** Does a word (a token with a letter) stand in tokens first..last? Figures alone are a tally. */
function hasWord(v: SentenceView, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (/\p{L}/u.test(v.value(k))) return true;
  return false;
}

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
    // (a tally, not a statement: "Lena Ortiz: 1,769")
    { text: 'Lena Ortiz: 1,769', expected: null },
  ],
  needs: CUE_GATE.colon,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'colon') return null;
    const who = colonSpeaker(c, false);
    if (!who || who.first !== v.first) return null;
    const content = v.trim(cue.last + 1, v.last);
    if (!content || !hasWord(v, content.first, content.last)) return null;
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
