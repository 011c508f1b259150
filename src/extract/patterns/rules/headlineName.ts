// "Okafor: Strike will go on", "Poll: Voters turn to the centre": a headline (the first line of an
// article) that opens with a name or a source and a colon is that source's statement, even when
// the name is a bare surname the article only spells out later. Inside the article the stricter
// headline-colon rule applies (a recognised name), so that "Result: …" or "Update: …" asides stay out.
import type { AttributionRule } from '../context.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';
import { datelinePlace } from '../colon.ts';
import { FIELD_LABELS } from '../../lexicon/cues.ts';

export const headlineName: AttributionRule = {
  name: 'headline-name',
  description: 'the headline opens with a name or source and a colon: "Okafor: Y", "Poll: Y"',
  examples: [
    {
      text: 'Okafor: Strike Will Go On Until Pay Rises\n\nUnion leader Peter Okafor spoke on Monday.',
      expected: { speaker: 'Okafor', content: 'Strike Will Go On Until Pay Rises', cue: ':' },
    },
    {
      text: 'EXCLUSIVE – Okafor: Strike Will Go On\n\nUnion leader Peter Okafor spoke on Monday.',
      expected: { speaker: 'Okafor', content: 'Strike Will Go On', cue: ':' },
    },
    { text: 'Union leader Peter Okafor spoke on Monday.\n\nResult: the strike goes on.', expected: null },
    { text: 'By the numbers: 40 ferries, 3 ports', expected: null },
    { text: 'BREAKING: Ferries Halted Across the Bay', expected: null },
    { text: 'PORT HARLOW: The ferries have stopped running, the harbour office has said.', expected: null },
  ],
  needs: CUE_GATE.colon,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'colon' || v.index !== 0) return null;
    const m = v.mentionEndingAt(cue.first - 1);
    if (!m || m.via === 'pronoun' || datelinePlace(c, m)) return null;
    let open = v.first;
    if (FIELD_LABELS.has(v.lower(open)) && /^[-–—]+$/.test(v.value(open + 1))) open += 2;
    if (m.first !== open || (m.first === m.last && FIELD_LABELS.has(v.lower(m.first)))) return null;
    const content = v.trim(cue.last + 1, v.last);
    if (!content) return null;
    return {
      speaker: m.actor,
      speakerAt: m.first,
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
