// "Okafor: Strike will go on", "Poll: Voters turn to the centre": a headline (the first line of an
// article) that opens with a name or a source and a colon is that source's statement, even when
// the name is a bare surname the article only spells out later. Inside the article the stricter
// headline-colon rule applies (a recognised name), so that "Result: …" or "Update: …" asides stay out.
import type { AttributionRule } from '../context.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';
import { datelinePlace } from '../colon.ts';
import { FIELD_LABELS } from '../../lexicon/cues.ts';
import type { Mention } from '../../types.ts';
import type { SentenceView } from '../view.ts';

/** Words a description may take before the name ("Former AG Okafor:"), and a phrase after it ("Okafor camp:", "Okafor to farm group:"). */
const DESCRIPTION_REACH = 3;
const PHRASE_REACH = 5;
/** Parts of speech of a description before a headline's name ("Former AG", "Senate Leader"). */
const DESCRIPTION_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

/** Does the name starting at `first` open the headline, past a short description of capitalised words ("Former AG")? */
function opensHeadline(v: SentenceView, open: number, first: number): boolean {
  if (first < open || first - open > DESCRIPTION_REACH) return false;
  for (let k = open; k < first; k++) if (!/^\p{Lu}/u.test(v.value(k)) || !DESCRIPTION_POS.has(v.pos(k))) return false;
  return true;
}

/**
 * "Okafor camp: Y", "Okafor to farm group: Y", "Former AG Okafor at convention: Y": the first name
 * of a headline whose colon follows a short phrase after it, with no verb, comma or quotation.
 */
function leadingName(v: SentenceView, open: number, colon: number): Mention | undefined {
  const m = v.mentions.find((x) => x.first >= open && x.last < colon);
  // (a name the document confirms: "The Latest:", "Spoiler:" are a column's labels)
  if (!m || m.via === 'weak' || colon - 1 - m.last > PHRASE_REACH) return undefined;
  for (let k = m.last + 1; k < colon; k++)
    if (v.pos(k) === 'VERB' || v.pos(k) === 'AUX' || v.pos(k) === 'PUNCT' || v.isQuote(k)) return undefined;
  return m;
}

export const headlineName: AttributionRule = {
  name: 'headline-name',
  description: 'the headline opens with a name or source and a colon: "Okafor: Y", "Poll: Y"',
  examples: [
    {
      text: 'Okafor: Strike Will Go On Until Pay Rises\n\nUnion leader Peter Okafor spoke on Monday.',
      expected: { speaker: 'Okafor', content: 'Strike Will Go On Until Pay Rises', cue: ':' },
    },
    {
      text: 'EXCLUSIVE – Okafor: Strike Will Go On\n\nUnion leader Peter Okafor spoke on Monday.',
      expected: { speaker: 'Okafor', content: 'Strike Will Go On', cue: ':' },
    },
    {
      text: 'Peter Okafor camp: Harbour Tax Threatens Jobs\n\nUnion leader Peter Okafor spoke on Monday.',
      expected: { speaker: 'Okafor', content: 'Harbour Tax Threatens Jobs', cue: ':' },
    },
    {
      text: 'Former Judge Okafor at convention: the inquiry was a sham\n\nPeter Okafor spoke on Monday.',
      expected: { speaker: 'Okafor', content: 'the inquiry was a sham', cue: ':' },
    },
    { text: 'Okafor visits the port, meets workers: a long day\n\nPeter Okafor spoke on Monday.', expected: null },
    { text: 'The Latest: Ferries Halted Across the Bay\n\nPeter Okafor spoke on Monday.', expected: null },
    { text: 'Union leader Peter Okafor spoke on Monday.\n\nResult: the strike goes on.', expected: null },
    { text: 'By the numbers: 40 ferries, 3 ports', expected: null },
    { text: 'BREAKING: Ferries Halted Across the Bay', expected: null },
    { text: 'PORT HARLOW: The ferries have stopped running, the harbour office has said.', expected: null },
  ],
  needs: CUE_GATE.colon,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'colon' || v.index !== 0) return null;
    let open = v.first;
    if (FIELD_LABELS.has(v.lower(open)) && /^[-–—]+$/.test(v.value(open + 1))) open += 2;
    const m = v.mentionEndingAt(cue.first - 1) ?? leadingName(v, open, cue.first);
    if (!m || m.via === 'pronoun' || datelinePlace(c, m)) return null;
    if (
      !opensHeadline(v, open, m.first) ||
      (m.via === 'weak' && m.first !== open) ||
      (m.first === m.last && FIELD_LABELS.has(v.lower(m.first)))
    )
      return null;
    const content = v.trim(cue.last + 1, v.last);
    if (!content) return null;
    return {
      speaker: m.actor,
      speakerAt: m.first,
      stance: 'asserts',
      cue: { first: cue.first, last: cue.last },
      content,
      targets: [],
      aboutExtra: [],
      pattern: 'colon',
      quoted: v.isQuote(content.first - 1),
      coordinated: false,
    };
  },
};
