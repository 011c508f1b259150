// "X accused Y of Z", "X blamed Y for Z", "X criticised Y over Z": the content starts at the
// preposition (as the gold annotations do), the actors between cue and preposition are the targets.
import type { AttributionRule } from '../context.ts';
import { accusationBase, accusedObject } from '../accusation.ts';
import { clauseEnd } from '../spans.ts';
import { CUE_GATE } from '../cues.ts';

export const accusesOf: AttributionRule = {
  name: 'accuses-of',
  description: '"X accused Y of Z" / "blamed Y for Z": Z (from its preposition) is the content, Y the accused',
  examples: [
    {
      text: 'Kenya accused Uganda of backing the rebels.',
      expected: { speaker: 'Kenya', content: 'of backing the rebels', stance: 'accuses' },
    },
    {
      text: 'The union blamed Halvern Steel for the layoffs.',
      expected: { speaker: 'union', content: 'for the layoffs', stance: 'accuses' },
    },
  ],
  needs: CUE_GATE.accusation | CUE_GATE.notClause,
  apply: (c) => {
    const { v, cue } = c;
    if (cue.sense.frame === 'clause') return null;
    const base = accusationBase(c);
    if (!base) return null;
    const { prep, targets } = accusedObject(v, cue, base.speaker);
    if (prep < 0 || v.lower(prep) === 'on') return null;
    const content = v.trim(prep, clauseEnd(v, prep + 1));
    return content ? { ...base, content, targets, pattern: 'accuse-of' } : null;
  },
};
