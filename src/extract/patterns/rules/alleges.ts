// "X alleged that Y …", "X charged that Y …": an accusation with a clause; the accused is the
// first actor of the content other than the speaker (no actor: the content is only asserted).
import type { AttributionRule } from '../context.ts';
import { accusationBase } from '../accusation.ts';
import { contentAfter } from '../spans.ts';
import { CUE_GATE } from '../cues.ts';

export const alleges: AttributionRule = {
  name: 'alleges',
  description: 'an accusing verb with a clause: "X alleged that Y …"',
  examples: [
    {
      text: 'Greenpeace alleged that Norvik Mining had dumped waste in the river.',
      expected: { speaker: 'Greenpeace', content: 'Norvik Mining had dumped waste in the river', stance: 'accuses' },
    },
    {
      text: 'Dock workers have alleged they were overcharged by the port.',
      expected: { speaker: 'workers', content: 'they were overcharged by the port', cue: 'have alleged' },
    },
  ],
  needs: CUE_GATE.accusation | CUE_GATE.clause,
  apply: (c) => {
    const { v, cue } = c;
    if (cue.sense.frame !== 'clause') return null;
    const base = accusationBase(c);
    if (!base) return null;
    if (/^charg/.test(v.lower(cue.verb)) && v.lower(cue.last + 1) !== 'that') return null;
    const content = contentAfter(v, cue.last, false);
    if (!content) return null;
    const target = v.mentionsIn(content.first, content.last).find((m) => m.actor !== base.speaker);
    return {
      ...base,
      stance: target ? 'accuses' : 'asserts',
      content,
      targets: target ? [target.actor] : [],
      pattern: 'alleges',
    };
  },
};
