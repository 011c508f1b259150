// "X called him 'a liar'", "X called the decision a mistake", ", calling it a disgrace", "what X
// called a witch hunt", "which X called 'a disgrace'", "X called the plans to close the depot 'a
// disgrace'": naming something asserts the naming; the content is the object with its complement
// (or the complement alone after "what" or a relative pronoun).
import type { AttributionRule } from '../context.ts';
import { calling, namesAt } from '../calling.ts';
import { CUE_GATE } from '../cues.ts';

export const callsSomething: AttributionRule = {
  name: 'calls-something',
  description: '"X called Y Z": the object and what it is called are the content',
  examples: [
    {
      text: 'Mayor Lena Ortiz called the decision a mistake.',
      expected: { speaker: 'Ortiz', content: 'the decision a mistake', stance: 'asserts' },
    },
    {
      text: 'Peter Okafor attacked the plan, calling it "a gift to the banks."',
      expected: { speaker: 'Okafor', content: 'it "a gift to the banks', cue: 'calling' },
    },
    {
      text: 'The plan drew scorn, with Senator Ines Marlow calling it "a blank cheque."',
      expected: { speaker: 'Marlow', content: 'it "a blank cheque', cue: 'calling' },
    },
    { text: 'The crowd cheered, with Ines Marlow calling out names from the stage.', expected: null },
    {
      text: 'The union marched against what Peter Okafor called a war on workers.',
      expected: { speaker: 'Okafor', content: 'a war on workers' },
    },
    {
      text: 'Ines Marlow called the plans to close the depot in Harlow "an act of vandalism."',
      expected: { speaker: 'Marlow', content: 'the plans to close the depot in Harlow "an act of vandalism' },
    },
    {
      text: 'The levy rose to 9 percent, which Peter Okafor called "daylight robbery."',
      expected: { speaker: 'Okafor', content: 'daylight robbery' },
    },
    {
      text: 'Peter Okafor called that plan "a gift to the banks."',
      expected: { speaker: 'Okafor', content: 'that plan "a gift to the banks', stance: 'asserts' },
    },
    { text: 'Peter Okafor called a meeting of the "Harbour Group" on Monday.', expected: null },
    { text: 'Peter Okafor called Ines Marlow after she won the "Golden Oar."', expected: null },
    { text: 'Peter Okafor called a press conference on Monday.', expected: null },
    { text: 'Peter Okafor called him on Monday.', expected: null },
    { text: 'Peter Okafor called for calm.', expected: null },
  ],
  needs: CUE_GATE.call,
  apply: (c) => {
    const call = calling(c);
    if (!call || !namesAt(c, call.complement, call.end)) return null;
    const { v, cue } = c;
    // ('Though she called it "outrageous," Ortiz …': a quoted complement ends the content)
    const close = v.isQuote(call.complement) ? v.quotePartner.get(call.complement) : undefined;
    const end = close !== undefined && close > call.complement && close < call.end ? close : call.end;
    const content = v.trim(call.objectLast < 0 ? call.complement : cue.last + 1, end);
    if (!content) return null;
    return {
      speaker: call.subject.mention.actor,
      speakerAt: call.subject.mention.first,
      stance: 'asserts',
      cue: { first: cue.first, last: cue.last },
      content,
      targets: [],
      aboutExtra: [],
      pattern: 'named',
      quoted: false,
      coordinated: call.subject.coordinated === true,
    };
  },
};
