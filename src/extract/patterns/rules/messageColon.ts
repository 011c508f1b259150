// 'Ana Duarte released the following statement: "The port stays open."': a message named before
// a colon, the words after it its content.
import type { AttributionRule } from '../context.ts';
import { CUE_GATE, cueFamily } from '../cues.ts';
import { messageBeforeColon } from '../message.ts';

export const messageColon: AttributionRule = {
  name: 'message-colon',
  description: 'a speaker issuing a message named before a colon: \'X released the following statement: "Y"\'',
  examples: [
    {
      text: 'The Harlow port authority released the following statement: "The terminal will stay open all winter."',
      expected: {
        speaker: 'Harlow port authority',
        content: 'The terminal will stay open all winter',
        cue: 'released the following statement:',
      },
    },
    {
      text: 'Marek Halloran gave a blunt answer: the bridge is not safe.',
      expected: { speaker: 'Halloran', content: 'the bridge is not safe', cue: 'gave a blunt answer:' },
    },
    { text: 'The committee read the report: pages one to nine.', expected: null },
  ],
  needs: CUE_GATE.colon,
  apply: (c) => {
    const { v, cue } = c;
    if (cueFamily(cue) !== 'colon' || cue.last >= v.last - 1) return null;
    const lead = messageBeforeColon(c, cue.first);
    if (!lead) return null;
    const open = cue.last + 1;
    const close = v.isQuote(open) ? v.quotePartner.get(open) : undefined;
    const content = close !== undefined && close > open ? v.trim(open + 1, close - 1) : v.trim(open, v.last);
    if (!content) return null;
    return {
      speaker: lead.subject.mention.actor,
      speakerAt: lead.subject.mention.first,
      stance: 'asserts',
      cue: { first: lead.verb, last: cue.last },
      content,
      targets: [],
      aboutExtra: [],
      pattern: 'colon',
      quoted: close !== undefined,
      coordinated: lead.subject.coordinated === true,
    };
  },
};
