// A participle cue that hangs on nothing ("the saying goes", "warning lights") makes no statement.
import type { VetoRule } from '../context.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';
import {
  afterGerundPreposition,
  coordinatedParticiple,
  frontedParticiple,
  mentionBeforeParticiple,
} from '../participle.ts';
import { participleAttached } from '../subject.ts';

export const participleUnattached: VetoRule = {
  name: 'participle-unattached',
  description:
    'a participle cue not set off by a comma or dash, after no preposition or name, nor coordinated with one: not a statement',
  examples: [
    { text: 'Officials in Lyon spent the week denying access to the archive.', expected: { cue: 'denying' } },
    { text: 'The warning lights on the Harlow bridge stayed on all night.', expected: { cue: 'warning' } },
  ],
  needs: CUE_GATE.participle,
  apply: (c) => {
    const { v, cue } = c;
    const family = cueFamily(cue);
    if (family !== 'reporting' && family !== 'accusation') return null;
    if (!cue.sense.participle || participleAttached(c, cue)) return null;
    if (afterGerundPreposition(v, cue.first) || coordinatedParticiple(v, cue.first)) return null;
    if (frontedParticiple(v, cue, c.start)) return null;
    return family === 'reporting' && mentionBeforeParticiple(v, cue) ? null : true;
  },
};
