// "Noting that the dam was old, Ortiz added …", "After saying the vote was rigged, Halloran left
// the hall": a reporting participle opening the sentence; its content ends at the comma, and the
// main clause's subject after it is the speaker.
import type { AttributionRule } from '../context.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';
import { frontedParticiple } from '../participle.ts';
import { contentAfter, dropTrailingJoiners } from '../spans.ts';

export const frontedParticipleRule: AttributionRule = {
  name: 'fronted-participle',
  description: 'a participle cue opening the sentence, its subject after the comma: "Noting that Y, X added …"',
  examples: [
    {
      text: 'Noting that the dam was more than a century old, Ana Duarte asked for an inspection.',
      expected: { speaker: 'Duarte', content: 'the dam was more than a century old', cue: 'Noting' },
    },
    {
      text: 'After saying the count had been rigged, Marek Halloran walked out of the hall.',
      expected: { speaker: 'Halloran', content: 'the count had been rigged', cue: 'saying' },
    },
    { text: 'Saying goodbye to the harbour, the crew sailed at dawn.', expected: null },
  ],
  needs: CUE_GATE.reporting | CUE_GATE.participle,
  apply: (c) => {
    const { v, cue } = c;
    if (!cue.sense.participle || cueFamily(cue) !== 'reporting' || c.earlier.length > 0) return null;
    const fronted = frontedParticiple(v, cue, c.start);
    if (!fronted) return null;
    const after = contentAfter(v, cue.last, cue.sense.frame === 'tell');
    if (!after || after.first >= fronted.comma) return null;
    const content = dropTrailingJoiners(v, { first: after.first, last: fronted.comma - 1 });
    if (!content) return null;
    return {
      speaker: fronted.subject.actor,
      speakerAt: fronted.subject.first,
      stance: cue.sense.stance,
      cue: { first: cue.first, last: cue.last },
      content,
      targets: [],
      aboutExtra: [],
      pattern: cue.sense.frame === 'tell' ? 'tell' : 'clause',
      quoted: false,
      coordinated: false,
    };
  },
};
