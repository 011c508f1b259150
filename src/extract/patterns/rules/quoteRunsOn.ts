// A quotation opened in a statement's sentence and left open runs on into the next sentences
// until it closes: 'Lena Ortiz said: "We will rebuild. Every street of it."' is one statement.
import { CUES } from '../../lexicon/cues.ts';
import type { ExtensionRule } from '../context.ts';
import type { SentenceView } from '../view.ts';

/** A sentence opening with a quotation mark whose closing mark a reporting verb and its speaker follow ('“…,” added X'). */
function taggedAnew(v: SentenceView): boolean {
  if (!v.isQuote(v.first)) return false;
  const close = v.quotePartner.get(v.first);
  if (close === undefined || close <= v.first) return false;
  const cue = v.value(close - 1) === ',' || v.value(close + 1) !== ',' ? close + 1 : close + 2;
  const sense = CUES.get(v.lower(cue));
  return sense !== undefined && !sense.participle && v.mentionStartingAt(cue + 1) !== undefined;
}

export const quoteRunsOn: ExtensionRule = {
  name: 'quote-runs-on',
  description: "a statement's quotation left open at its sentence end goes on to where it closes",
  examples: [
    {
      text: 'Lena Ortiz said: "We will rebuild. Every street of it. Every house."',
      expected: { speaker: 'Ortiz', content: '"We will rebuild. Every street of it. Every house."' },
    },
  ],
  apply: ({ v, previous, openQuote }) => {
    const open = openQuote();
    if (!open) return null;
    const [, mark] = open;
    // the quotation is the statement's own: it opens its content, or inside it (a quotation continued before)
    if (mark < previous.content.first - 2 || mark > previous.content.last) return null;
    // ('“…,” added Jim Berry': a quotation reopened with a tag of its own is that speaker's)
    if (v.first > previous.content.last && taggedAnew(v)) return null;
    let end = v.last;
    for (const q of v.unpairedQuotes) if (q < end && !v.startsWord(q)) end = q;
    const content = v.trim(v.first, end);
    return content ? content.last : null;
  },
};
