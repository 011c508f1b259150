// 'OKAFOR: We will not sign.', '"ORTIZ: Why not?': a paragraph of a transcript opens with the
// speaker's name in capitals and a colon; the rest of the paragraph is that speaker's turn
// (turn-runs-on carries it over the paragraph's later sentences).
import type { AttributionRule } from '../context.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';
import { datelinePlace } from '../colon.ts';
import { FIELD_LABELS } from '../../lexicon/cues.ts';

/** Words a speaker label may take ("OKAFOR", "PETER OKAFOR", "GOV. LENA ORTIZ"). */
const LABEL_REACH = 4;

export const transcriptTurn: AttributionRule = {
  name: 'transcript-turn',
  description: 'a paragraph opening with a name in capitals and a colon, as in a transcript: the turn is a statement',
  examples: [
    {
      text: 'Peter Okafor met Lena Ortiz.\n\nORTIZ: Will you sign the deal?\n\nOKAFOR: We will not sign. Not this year.',
      expected: { speaker: 'Okafor', content: 'We will not sign. Not this year', cue: ':' },
    },
    {
      text: 'Peter Okafor met Lena Ortiz.\n\n"ORTIZ: Will you sign the deal?',
      expected: { speaker: 'Ortiz', content: 'Will you sign the deal', cue: ':' },
    },
    { text: 'Peter Okafor met Lena Ortiz.\n\nNOTE: The meeting ran late.', expected: null },
    { text: 'Peter Okafor met Lena Ortiz.\n\nVIDEO: The two shake hands.', expected: null },
    { text: 'PORT HARLOW: The ferries have stopped, the harbour office said.', expected: null },
  ],
  needs: CUE_GATE.colon,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'colon') return null;
    const { t } = v;
    if (v.first > 0 && t.para[v.first - 1] === t.para[v.first]) return null;
    const open = v.isQuote(v.first) ? v.first + 1 : v.first;
    const m = v.mentionEndingAt(cue.first - 1);
    if (!m || m.first !== open || m.via === 'pronoun' || cue.first - open > LABEL_REACH) return null;
    if (m.first === m.last && FIELD_LABELS.has(v.lower(m.first))) return null;
    const label = t.text.slice(t.start[m.first], t.end[m.last]);
    if (label !== label.toUpperCase() || !/[A-Z]{2}/.test(label) || datelinePlace(c, m)) return null;
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
      pattern: 'turn',
      quoted: false,
      coordinated: false,
    };
  },
};
