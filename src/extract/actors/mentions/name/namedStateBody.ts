// "China Coast Guard", "US Army", "Kenya Revenue Authority": a state's body named after it (a
// member of it); a titled person may follow ("Kenya Coast Guard spokesman Ali Hassan").
import { ORG_HEADS } from '../../../lexicon/titles.ts';
import { known, type NewActor } from '../../found.ts';
import { titled } from '../../match/persons.ts';
import { isNameToken, matchCapitalisedRun } from '../../names.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const namedStateBody: MentionRule = {
  name: 'named-state-body',
  description: 'a government or military body named after its state (or a person titled by it)',
  examples: [
    { text: 'The Kenya Coast Guard said the trawler had been towed away.', expected: 'Kenya Coast Guard' },
    { text: 'Kenya Coast Guard spokesman Ali Hassan said the trawler sank.', expected: 'Ali Hassan' },
    { text: 'Kenya said the trawler sank.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.stateName | MENTION_GATE.aliasName | MENTION_GATE.notPossessive,
  apply: ({ doc, i, s, gaz, entry, after, owned }) => {
    if (!gaz || !entry || entry.kind !== 'state' || gaz.name.role !== 'alias' || owned !== after) return null;
    const { t } = doc;
    if (after > s.last || !isNameToken(t, after, s.first) || doc.gazetteerAt(after, s.last)) return null;
    const end = matchCapitalisedRun(t, after, s.last, s.first);
    if (end < 0 || end - after > 3) return null;
    const kind = ORG_HEADS.get(t.lower[end] as string);
    if (kind !== 'government' && kind !== 'military') return null;
    const label = doc.surface(i, end);
    const body: NewActor = { label, kind, surface: label, memberOf: known(entry) };
    return titled(doc, end + 1, s, body, i) ?? { last: end, ref: body, via: 'name' };
  },
};
