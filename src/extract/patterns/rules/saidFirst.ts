// 'Said Ortiz: "We will rebuild."', "Added the minister, 'It is over.'": a reporting verb opening
// the sentence, then its speaker, then a colon or comma and the content.
import type { AttributionRule } from '../context.ts';
import { mentionAfter } from '../speaker.ts';
import { CUE_GATE } from '../cues.ts';

export const saidFirst: AttributionRule = {
  name: 'said-first',
  description: 'the cue opening the sentence, then its speaker and the content: \'Said X: "Y"\'',
  examples: [
    {
      text: 'Said Dana Wilk: "The harbour will stay open all winter."',
      expected: { speaker: 'Wilk', content: 'The harbour will stay open all winter', cue: 'Said' },
    },
    {
      text: 'Added Marek Halloran, "Nobody asked the fishermen."',
      expected: { speaker: 'Halloran', content: 'Nobody asked the fishermen', cue: 'Added' },
    },
    { text: 'Said to be the oldest in the region, the harbour draws tourists.', expected: null },
  ],
  needs: CUE_GATE.clause | CUE_GATE.notParticiple,
  apply: (c) => {
    const { v, cue } = c;
    if (cue.first !== c.start || cue.sense.frame !== 'clause' || cue.sense.participle) return null;
    const speaker = mentionAfter(v, cue.last);
    if (!speaker || speaker.via === 'weak' || speaker.via === 'pronoun') return null;
    let k = speaker.last + 1;
    // ("Said Dana Wilk, the harbour master: …": an apposition up to the colon or quotation)
    while (k <= v.last && k - speaker.last <= 10 && v.value(k) !== ':' && !v.isQuote(k)) k++;
    if (v.value(k) === ':' || v.value(k) === ',') k++;
    if (k > v.last || !v.isQuote(k)) return null;
    const close = v.quotePartner.get(k);
    const content = v.trim(k + 1, close !== undefined && close > k ? close - 1 : v.last);
    if (!content) return null;
    return {
      speaker: speaker.actor,
      speakerAt: speaker.first,
      stance: cue.sense.stance,
      cue: { first: cue.first, last: cue.last },
      content,
      targets: [],
      aboutExtra: [],
      pattern: 'clause',
      quoted: true,
      coordinated: false,
    };
  },
};
