// A transcript turn ('OKAFOR: We will not sign. Not this year.') runs to the end of its paragraph:
// one statement, not one per sentence.
import type { ExtensionRule } from '../context.ts';

export const turnRunsOn: ExtensionRule = {
  name: 'turn-runs-on',
  description: "a transcript turn's later sentences in its paragraph extend it",
  examples: [
    {
      text: 'Peter Okafor met Lena Ortiz.\n\nOKAFOR: We will not sign. Not this year. Not ever.',
      expected: { speaker: 'Okafor', content: 'We will not sign. Not this year. Not ever' },
    },
  ],
  apply: ({ v, previous }) => {
    if (previous.pattern !== 'turn') return null;
    const content = v.trim(v.first, v.last);
    return content ? content.last : null;
  },
};
