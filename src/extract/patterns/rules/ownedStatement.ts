// "Okafor's claim that the port was sold drew protests", "the ministry's announcement that …",
// "Ortiz's promise to rebuild the bridge": a statement noun owned by a named speaker; what the
// noun's "that" or "to" opens is the content. "His claim that …", "her promise to …": a possessive
// pronoun owns it, resolved as its subject pronoun (actors/mentions/pronoun/statementOwner.ts).
import type { AttributionRule } from '../context.ts';
import { CUE_GATE, cueFamily, statementOwner } from '../cues.ts';
import { clauseEnd } from '../spans.ts';
import { ownedOpenerAt } from '../../lexicon/cues.ts';

export const ownedStatement: AttributionRule = {
  name: 'owned-statement',
  description: 'a statement noun owned by a name or a possessive pronoun: "X\'s claim that Y", "his promise to Y"',
  examples: [
    {
      text: "Marek Halloran's claim that the harbour had been sold, which he repeated on Monday, drew protests.",
      expected: { speaker: 'Halloran', content: 'the harbour had been sold', cue: 'claim' },
    },
    {
      text: "Lena Ortiz's promise to rebuild the bridge, made in June, was broken.",
      expected: { speaker: 'Ortiz', content: 'rebuild the bridge', cue: 'promise' },
    },
    {
      text: 'Marek Halloran spoke at the pier. His claim that the harbour had been sold, made on Monday, drew protests.',
      expected: { speaker: 'Halloran', content: 'the harbour had been sold', cue: 'claim' },
    },
    {
      text: 'Lena Ortiz toured the site. She repeated her promise to rebuild the bridge by June.',
      expected: { speaker: 'Ortiz', content: 'rebuild the bridge by June', cue: 'promise' },
    },
    {
      text: "Marek Halloran's repeated claim that the harbour had been sold, first made in June, drew protests.",
      expected: { speaker: 'Halloran', content: 'the harbour had been sold', cue: 'claim' },
    },
    {
      text: 'Lena Ortiz spoke to the crowd. Nobody heeded her stern warning that the dam would fail.',
      expected: { speaker: 'Ortiz', content: 'the dam would fail', cue: 'warning' },
    },
    {
      text: 'Marek Halloran spoke at the pier. Nobody believed his claim on Monday that the harbour had been sold.',
      expected: { speaker: 'Halloran', content: 'the harbour had been sold', cue: 'claim' },
    },
    { text: "The harbour's claim to fame is its lighthouse.", expected: null },
    { text: 'The town is proud of its claim to fame, the lighthouse.', expected: null },
  ],
  needs: CUE_GATE.noun,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'noun') return null;
    // "X's claim": a name before the possessive mark; "his claim": the pronoun, resolved as "he" would be
    const owner = statementOwner(v, cue.first);
    if (!owner) return null;
    const opener = ownedOpenerAt((k) => v.lower(k), cue.last, v.last);
    if (opener < 0) return null;
    const start = opener + 1;
    const content = start <= v.last ? v.trim(start, clauseEnd(v, start)) : null;
    if (!content) return null;
    return {
      speaker: owner.actor,
      speakerAt: owner.first,
      stance: cue.sense.stance,
      cue: { first: cue.first, last: cue.last },
      content,
      targets: [],
      aboutExtra: [],
      pattern: 'clause',
      quoted: false,
      coordinated: false,
    };
  },
};
