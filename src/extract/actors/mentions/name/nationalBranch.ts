// "Greenpeace Brazil", "Amnesty International Kenya": a national branch named after the
// organisation speaks as the organisation.
import { known } from '../../found.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const nationalBranch: MentionRule = {
  name: 'national-branch',
  description: "an organisation's national branch (the organisation, then a state's name)",
  examples: [
    { text: 'Greenpeace Kenya said the spill was worse than reported.', expected: 'Greenpeace' },
    { text: 'Greenpeace said the spill was worse than reported.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.notStateName | MENTION_GATE.aliasName,
  apply: ({ doc, i, s, gaz, entry }) => {
    if (!gaz || !entry || entry.kind === 'state' || gaz.name.role !== 'alias') return null;
    const branch = doc.gazetteerAt(gaz.last + 1, s.last);
    if (!branch || branch.name.entry.kind !== 'state' || branch.name.role !== 'alias') return null;
    return { last: branch.last, ref: known(entry, doc.surface(i, branch.last)), via: 'name' };
  },
};
