// A participle cue that hangs on nothing ("the saying goes", "warning lights") makes no statement.
import type { VetoRule } from '../context.ts';
import { cueFamily } from '../cues.ts';
import { participleAttached } from '../subject.ts';

export const participleUnattached: VetoRule = {
  name: 'participle-unattached',
  description: 'a participle cue not set off by a comma or dash nor coordinated with one: not a statement',
  examples: [{ text: 'Officials in Lyon spent the week denying access to the archive.', expected: { cue: 'denying' } }],
  apply: (c) => {
    const family = cueFamily(c.cue);
    if (family !== 'reporting' && family !== 'accusation') return null;
    return c.cue.sense.participle && !participleAttached(c, c.cue) ? true : null;
  },
};
