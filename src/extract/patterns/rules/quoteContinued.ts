// A quotation that goes on in a sentence of its own after a quoted statement, with no cue of
// its own: '"We will rebuild," the mayor said. "Every street of it."' One statement, whose
// content covers the whole quotation (the speaker tag inside it included).
import type { ExtensionRule } from '../context.ts';

export const quoteContinued: ExtensionRule = {
  name: 'quote-continued',
  description: 'a sentence opening a quotation after a quoted statement, with no statement of its own, extends it',
  examples: [
    {
      text: '"We will rebuild," Lena Ortiz said. "Every street of it. Every house."',
      expected: { speaker: 'Ortiz', content: '"We will rebuild," Lena Ortiz said. "Every street of it. Every house."' },
    },
    {
      text: '"We will rebuild," Lena Ortiz said. "The money is there," Peter Okafor added.',
      expected: null,
    },
  ],
  apply: ({ v, previous, own }) => {
    if (!previous.quoted || !v.isQuote(v.first)) return null;
    const close = v.quotePartner.get(v.first);
    if (close !== undefined && close <= v.first) return null;
    // the sentence's own cue takes this quotation ('"…," Okafor added')
    if (own.some((a) => a.content.first <= v.first + 2)) return null;
    const content = v.trim(v.first + 1, close ?? v.last);
    return content ? content.last : null;
  },
};
