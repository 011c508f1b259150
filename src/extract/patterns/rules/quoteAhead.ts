// A quotation standing alone as a sentence, attributed by the next sentence of its paragraph
// when that sentence opens with "<speaker> <reporting verb>": '"We will rebuild." The minister
// added.', '"The border stays closed." She added that talks would resume.' Without such an
// opening the quotation stays unattributed: no speaker in reach gives nothing, not a guess.
import type { PrecedingQuoteContext, PrecedingQuoteRule } from '../context.ts';
import type { Attribution } from '../frame.ts';
import type { SentenceView } from '../view.ts';

/** The tokens a bare "<speaker> <verb>" may take after the verb before the sentence ends ("said on Monday."). */
const BARE_TAIL = 4;

export const quoteAhead: PrecedingQuoteRule = {
  name: 'quote-ahead',
  description: 'a quotation alone as a sentence, then "<speaker> added / said." opening the next sentence',
  examples: [
    {
      text: '"We will rebuild every street." Lena Ortiz added that funds were already promised.',
      expected: { speaker: 'Ortiz', content: 'We will rebuild every street', cue: 'added' },
    },
    { text: '"The border stays closed." The union said the strike would go on.', expected: null },
  ],
  apply: (c) => precedingQuote(c),
};

/** The quotation of `quote` (the sentence before `v`) as the statement of the speaker opening `v`, or null. */
function precedingQuote({ quote, v, cues }: PrecedingQuoteContext): Attribution | null {
  const open = quote.first;
  if (!quote.isQuote(open)) return null;
  const close = quote.quotePartner.get(open);
  if (
    close === undefined ||
    close <= open ||
    (close !== quote.last && !(close === quote.last - 1 && quote.isFinalPunctuation(quote.last)))
  )
    return null;
  const speaker =
    v.mentionStartingAt(v.first) ?? (v.lower(v.first) === 'the' ? v.mentionStartingAt(v.first + 1) : undefined);
  if (!speaker || speaker.via === 'weak') return null;
  const cue = cues.find((c) => c.first === speaker.last + 1);
  if (!cue || cue.passive || cue.according || cue.sense.stance !== 'asserts' || cue.sense.participle) return null;
  if (cue.sense.frame !== 'clause' && cue.sense.frame !== 'tell') return null;
  // "The minister added that …" takes up the quotation; "X said the union would strike" may not
  if (!/^add/.test(v.lower(cue.verb)) && !bareEnding(v, cue.last)) return null;
  const content = quote.trim(open + 1, close - 1);
  if (!content) return null;
  return {
    speaker: speaker.actor,
    speakerAt: null,
    stance: 'asserts',
    cue: { first: cue.first, last: cue.last },
    content,
    firstSentence: quote.index,
    targets: [],
    aboutExtra: [],
    pattern: 'quote-ahead',
    quoted: true,
    coordinated: false,
  };
}

/** Does the sentence end within a few tokens after `last`, with no verb ("The minister said on Monday.")? */
function bareEnding(v: SentenceView, last: number): boolean {
  for (let k = last + 1; k <= v.last; k++) {
    if (v.isFinalPunctuation(k)) return k === v.last || v.isQuote(v.last);
    if (k - last > BARE_TAIL || v.pos(k) === 'VERB' || v.lower(k) === 'that') return false;
  }
  return true;
}
