// A report of figures that goes on in the sentence after "… according to X", with no cue of its
// own: "Exports fell 12 percent, according to the bureau. Imports rose 3 percent." (After "…, X
// said" the next sentence of figures is the writer's as often as not.)
import type { ContinuationRule } from '../context.ts';

export const figuresContinued: ContinuationRule = {
  name: 'figures-continued',
  description: 'a sentence of figures, no quotation, after an according-to report carries it on',
  examples: [
    {
      text: 'Exports fell by 12 percent in March, according to the Central Statistics Bureau. Imports rose by 3 percent.',
      expected: { speaker: 'Central Statistics Bureau', content: 'Imports rose by 3 percent', cue: null },
    },
  ],
  apply: ({ v, previous }) => {
    if (previous.quoted || previous.pattern !== 'according-to') return null;
    let figure = false;
    for (let k = v.first; k <= v.last; k++) {
      if (v.isQuote(k)) return null;
      if (v.pos(k) === 'NUM' && /\d/.test(v.value(k))) figure = true;
    }
    if (!figure) return null;
    const content = v.trim(v.first, v.last);
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
      pattern: 'carried-over',
      quoted: false,
      firstSentence: v.index,
    };
  },
};
