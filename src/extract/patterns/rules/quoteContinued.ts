// A quotation that goes on in the next sentence after an attributed quotation, with no cue of
// its own: '"We will rebuild," Lena Ortiz said. "Every street of it."'
import type { ContinuationRule } from '../context.ts';

export const quoteContinued: ContinuationRule = {
  name: 'quote-continued',
  description: 'a sentence opening with a quotation mark after a quoted statement continues it',
  examples: [
    {
      text: '"We will rebuild," Lena Ortiz said. "Every street of it."',
      expected: { speaker: 'Ortiz', content: 'Every street of it', cue: null },
    },
  ],
  apply: ({ v, previous }) => {
    if (!previous.quoted || !v.isQuote(v.first)) return null;
    const close = v.quotePartner.get(v.first);
    const content = v.trim(v.first + 1, close !== undefined && close > v.first ? close - 1 : v.last);
    if (!content) return null;
    return {
      ...previous,
      cue: null,
      targets: [],
      aboutExtra: [],
      coordinated: false,
      speakerAt: null,
      stance: 'asserts',
      content,
      pattern: 'quote-continued',
      quoted: true,
      firstSentence: v.index,
    };
  },
};
