// "The lab had repeated every test", "regulators recalled the tablets", "the bank posted a
// loss": verbs with a common sense besides reporting make a statement only with a clause or a
// quotation beside them ('recalled that …', 'X recalled: "…"', '"…," X recalled').
import type { VetoRule } from '../context.ts';
import { CLAUSE_ONLY_VERBS } from '../../lexicon/cues.ts';
import { cueFamily } from '../cues.ts';

/** Tokens back from the cue to a comma or quotation mark that may close a content before it. */
const BACK_REACH = 8;

export const otherSenseWithoutClause: VetoRule = {
  name: 'other-sense-without-clause',
  description: 'a cue verb with another common sense, with no clause or quotation beside it: no statement',
  examples: [
    { text: 'The laboratory of Nordbank had repeated every test twice.', expected: { cue: 'repeated' } },
    { text: 'Halvern Pharmaceuticals recalled 14 batches of the tablets.', expected: { cue: 'recalled' } },
    { text: 'Marek Halloran chimed in on the radio the next morning.', expected: { cue: 'chimed in' } },
  ],
  apply: ({ v, cue }) => {
    // (an owned statement noun is no verb: "his comments on the tax")
    if (cueFamily(cue) === 'noun' || !CLAUSE_ONLY_VERBS.has(v.lower(cue.verb))) return null;
    let k = cue.last + 1;
    while (v.pos(k) === 'ADV') k++;
    const next = v.value(k);
    if (next === 'that' || next === ':' || v.isQuote(k) || (next === ',' && v.isQuote(k + 1))) return null;
    for (let j = cue.first - 1; j >= v.first && cue.first - j <= BACK_REACH; j--) {
      if (v.value(j) === ',' || v.isQuote(j)) return null;
      if (v.pos(j) === 'VERB') break;
    }
    return true;
  },
};
