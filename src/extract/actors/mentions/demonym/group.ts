// "Syrian rebels", "Kenyan officials", "Russian troops": a group after a demonym (a member of the
// state when it governs or fights for it).
import { GROUP_NOUNS } from '../../../lexicon/nouns.ts';
import { known } from '../../found.ts';
import type { MentionRule } from '../query.ts';

export const demonymGroup: MentionRule = {
  name: 'group',
  description: 'a group noun after a demonym',
  examples: [
    { text: 'Kenyan officials said the road was open.', expected: 'Kenyan officials' },
    { text: 'Kenyan farmland was flooded.', expected: null },
  ],
  apply: ({ doc, i, s, entry, after }) => {
    const group = entry && after <= s.last ? GROUP_NOUNS.get(doc.t.lower[after] as string) : undefined;
    if (!entry || !group) return null;
    const label = doc.surface(i, after);
    const member = group.kind === 'government' || group.kind === 'military';
    return {
      last: after,
      ref: {
        label,
        kind: group.kind,
        surface: label,
        plural: group.plural,
        ...(member ? { memberOf: known(entry) } : {}),
      },
      via: 'group',
    };
  },
};
