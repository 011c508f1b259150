// "officials familiar with the talks said", "a diplomat close to the negotiations said": the
// modifier belongs to the unnamed source, so the cue after it still finds the source.
import { SOURCE_MODIFIERS } from '../../lexicon/nouns.ts';
import { existing } from '../found.ts';
import type { ExtensionRule } from './query.ts';

export const sourceModifier: ExtensionRule = {
  name: 'source-modifier',
  description: 'a modifier after an unnamed source ("familiar with …", "close to …", "briefed on …")',
  examples: [
    { text: 'Officials familiar with the talks said they had failed.', expected: 'Officials familiar with the talks' },
    { text: 'Officials said the talks had failed.', expected: null },
  ],
  apply: ({ doc, s, hit }) => {
    const { t } = doc;
    if (hit.via !== 'group' || !SOURCE_MODIFIERS.has(`${t.lower[hit.last + 1] ?? ''} ${t.lower[hit.last + 2] ?? ''}`))
      return null;
    for (let k = hit.last + 3; k <= s.last && k <= hit.last + 10; k++) {
      if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX')
        return k - 1 > hit.last ? { last: k - 1, ref: existing(hit.actor), via: hit.via } : null;
      if (t.pos[k] === 'PUNCT' && t.value[k] !== ',') return null;
    }
    return null;
  },
};
