// "Senior Israeli officials said": a capitalised word opening a sentence (not an article) before a
// demonym is no name of its own; the demonym phrase that follows is the mention.
import { MENTION_GATE } from '../query.ts';
import type { MentionVeto } from './query.ts';

export const demonymModifier: MentionVeto = {
  name: 'demonym-modifier',
  description: 'an opening capitalised word before a demonym starts no name',
  examples: [
    {
      text: 'Senior Kenyan officials said the talks had failed.',
      expected: { label: 'Kenyan officials', absent: 'Senior' },
    },
    { text: 'Kenyan officials said the talks had failed.', expected: { label: 'Kenyan officials' } },
  ],
  needs: MENTION_GATE.opening | MENTION_GATE.noGazetteer,
  apply: ({ doc, i, s, gaz }) =>
    i === s.first && doc.t.pos[i] !== 'DET' && !gaz && doc.gazetteerAt(i + 1, s.last)?.name.role === 'demonym'
      ? i
      : null,
};
