// 'Ana Duarte released the following statement:' closing a sentence, and the quotation opening
// the next one: the quotation is the message's content (and runs on, quote-runs-on).
import type { FollowingQuoteRule } from '../context.ts';
import { messageBeforeColon } from '../message.ts';

export const messageAfterColon: FollowingQuoteRule = {
  name: 'message-after-colon',
  description: 'a sentence ending "<speaker> released the following statement:", then a quotation',
  examples: [
    {
      text: 'The Harlow port authority released the following statement:\n\n"The terminal will stay open all winter."',
      expected: { speaker: 'Harlow port authority', content: 'The terminal will stay open all winter' },
    },
  ],
  apply: ({ lead, v, own, actorKind }) => {
    if (lead.value(lead.last) !== ':' || !v.isQuote(v.first) || !v.startsWord(v.first)) return null;
    if (own.some((a) => a.content.first <= v.first + 2)) return null;
    const message = messageBeforeColon(
      { v: lead, start: lead.first, earlier: [], openQuote: () => undefined, actorKind },
      lead.last,
    );
    if (!message) return null;
    const close = v.quotePartner.get(v.first);
    const content = v.trim(v.first + 1, close !== undefined && close > v.first ? close - 1 : v.last);
    if (!content) return null;
    return {
      speaker: message.subject.mention.actor,
      speakerAt: null,
      stance: 'asserts',
      cue: { first: message.verb, last: lead.last },
      content,
      firstSentence: lead.index,
      targets: [],
      aboutExtra: [],
      pattern: 'colon',
      quoted: true,
      coordinated: message.subject.coordinated === true,
    };
  },
};
