// "Senior Israeli officials said": a capitalised word opening a sentence (not an article) before a
// demonym is no name of its own; the demonym phrase that follows is the mention. A given name before
// a demonym that describes nothing after it is a person's name ("Karl Polish said").
import { GIVEN_NAME_GENDER } from '../../../lexicon/genders.ts';
import { MENTION_GATE } from '../query.ts';
import type { MentionVeto } from './query.ts';

const DESCRIBED: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

export const demonymModifier: MentionVeto = {
  name: 'demonym-modifier',
  description: 'an opening capitalised word before a demonym starts no name',
  examples: [
    {
      text: 'Senior Kenyan officials said the talks had failed.',
      expected: { label: 'Kenyan officials', absent: 'Senior' },
    },
    { text: 'Kenyan officials said the talks had failed.', expected: { label: 'Kenyan officials' } },
    { text: 'Karl Polish, the club owner, said the talks had failed.', expected: { label: 'Karl Polish' } },
  ],
  needs: MENTION_GATE.opening | MENTION_GATE.noGazetteer,
  apply: ({ doc, i, s, gaz }) => {
    const { t } = doc;
    if (i !== s.first || t.pos[i] === 'DET' || gaz) return null;
    const demonym = doc.gazetteerAt(i + 1, s.last);
    if (demonym?.name.role !== 'demonym') return null;
    const givenName = GIVEN_NAME_GENDER.has(t.lower[i] as string) && !DESCRIBED.has(t.pos[demonym.last + 1] ?? '');
    return givenName ? null : i;
  },
};
