// "Senior Israeli officials said": a capitalised word opening a sentence (not an article) before a
// demonym is no name of its own; the demonym phrase that follows is the mention. A veto: no name
// rule applies at such a word.
import type { Rule } from '../../../rules/rule.ts';
import type { MentionQuery } from '../query.ts';

export const demonymModifier: Rule<MentionQuery, true, string> = {
  name: 'demonym-modifier',
  description: 'an opening capitalised word before a demonym starts no name',
  examples: [
    { text: 'Senior Kenyan officials said the talks had failed.', expected: 'Kenyan officials' },
    { text: 'Kenyan officials said the talks had failed.', expected: null },
  ],
  apply: ({ doc, i, s, gaz }) =>
    i === s.first && doc.t.pos[i] !== 'DET' && !gaz && doc.gazetteerAt(i + 1, s.last)?.name.role === 'demonym'
      ? true
      : null,
};
