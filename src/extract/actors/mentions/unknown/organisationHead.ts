// "Harlow Coastal Authority", "Norvik Shipping Company", "Delmar Workers Union": a name whose words
// end with (or hold) an organisation's head word, which gives its kind.
import type { ActorKind } from '../../../../model/kinds.ts';
import { ORG_HEADS } from '../../../lexicon/titles.ts';
import { runActor, type UnknownNameRule } from './query.ts';

export const organisationHead: UnknownNameRule = {
  name: 'organisation-head',
  description: 'an organisation named by its head word (Authority, Company, Union, Party, …)',
  examples: [
    { text: 'The Harlow Coastal Authority closed the port.', expected: 'Harlow Coastal Authority' },
    { text: 'Norvik Shipping Company denied it.', expected: 'Norvik Shipping Company' },
    { text: 'Karl Brenner closed the port.', expected: null },
  ],
  apply: (q) => {
    const { t } = q.doc;
    if (q.end < 0) return null;
    let kind: ActorKind | undefined;
    for (let j = q.end; j >= q.i && !kind; j--) kind = ORG_HEADS.get(t.lower[j] as string);
    return kind ? { last: q.end, ref: runActor(q, kind), via: 'name' } : null;
  },
};
