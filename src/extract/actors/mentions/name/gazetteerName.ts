// A gazetteer name alone ("Kenya", "the UN", "Reuters"); a demonym alone ("Kenyan") names its state
// weakly (via demonym: no referent of "it").
import { known } from '../../found.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const gazetteerName: MentionRule = {
  name: 'gazetteer-name',
  description: 'a name, capital, metonym or demonym the gazetteer lists',
  examples: [
    { text: 'Kenya denied the report.', expected: 'Kenya' },
    { text: 'Nairobi denied the report.', expected: 'Kenya' },
    { text: 'Hanna Lind denied the report.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer,
  apply: ({ doc, i, gaz, entry }) => {
    if (!gaz || !entry) return null;
    const demonym = gaz.name.role === 'demonym';
    return {
      last: gaz.last,
      ref: known(entry, demonym ? undefined : doc.surface(i, gaz.last)),
      via: demonym ? 'demonym' : 'name',
    };
  },
};
