// "X condemned the attack", "X criticised Y": no preposition after the object; the object is
// the content ("condemned the launch as an outrageous act": up to "as"), the actors in it the targets.
import type { AttributionRule } from '../context.ts';
import { accusationBase, accusedObject, objectRange } from '../accusation.ts';
import { beforeAs } from '../content.ts';
import { CUE_GATE } from '../cues.ts';

export const condemns: AttributionRule = {
  name: 'condemns',
  description: '"X condemned Y" / "X criticised Y": the object is the content',
  examples: [
    {
      text: 'The European Union condemned the attack on the convoy as an act of terror.',
      expected: { speaker: 'European Union', content: 'the attack on the convoy', stance: 'accuses' },
    },
  ],
  needs: CUE_GATE.accusation | CUE_GATE.notClause,
  apply: (c) => {
    const { v, cue } = c;
    if (cue.sense.frame === 'clause') return null;
    const base = accusationBase(c);
    if (!base) return null;
    if (accusedObject(v, cue, base.speaker).prep >= 0) return null;
    const range = objectRange(v, cue.last + 1);
    if (!range) return null;
    const object = beforeAs(v, range);
    const targets = v
      .mentionsIn(object.first, object.last)
      .map((m) => m.actor)
      .filter((a) => a !== base.speaker);
    return {
      ...base,
      content: object,
      targets: [...new Set(targets)],
      pattern: cue.sense.frame === 'condemn' ? 'condemn' : 'accuse',
    };
  },
};
