// "X blamed the attack on Y": the act is the content, the actors after "on" its targets.
import type { AttributionRule } from '../context.ts';
import { accusationBase, accusedObject } from '../accusation.ts';
import { clauseEnd } from '../spans.ts';
import { CUE_GATE } from '../cues.ts';

export const blamesOn: AttributionRule = {
  name: 'blames-on',
  description: '"X blamed Z on Y": Z is the content, Y the accused',
  examples: [
    {
      text: 'The interior ministry blamed the bombing on the Northern Front.',
      expected: { speaker: 'interior ministry', content: 'the bombing', stance: 'accuses' },
    },
  ],
  needs: CUE_GATE.accusation | CUE_GATE.notClause,
  apply: (c) => {
    const { v, cue } = c;
    if (cue.sense.frame === 'clause') return null;
    const base = accusationBase(c);
    if (!base) return null;
    const { prep } = accusedObject(v, cue, base.speaker);
    if (prep < 0 || v.lower(prep) !== 'on') return null;
    const targets = v
      .mentionsIn(prep + 1, clauseEnd(v, prep + 1))
      .map((m) => m.actor)
      .filter((a) => a !== base.speaker);
    const content = v.trim(cue.last + 1, prep - 1);
    return content ? { ...base, content, targets, pattern: 'blame-on' } : null;
  },
};
