// "X said (that) Y", "X told reporters Y", 'X said: "Y"', "X denied the report", ", saying Y",
// "who X maintains Y", "X, which said Y": the content follows the cue.
import type { AttributionRule } from '../context.ts';
import {
  antecedentOf,
  beforeAs,
  beforeMainClause,
  beforeNewClause,
  beforeParticiple,
  claimBefore,
  endAtDelimiter,
  relativeAntecedent,
  beforeParticipleAside,
  beforeMainVerb,
} from '../content.ts';
import { contentFollows, reportingBase, reportingSubject } from '../reporting.ts';
import { contentAfter as spanAfter } from '../spans.ts';
import { CUE_GATE } from '../cues.ts';

export const contentAfter: AttributionRule = {
  name: 'content-after',
  description: 'speaker, cue, then the content: "X said (that) Y", "X denied Y", ", saying Y"',
  examples: [
    {
      text: 'Maria Jansen said the ferry service would resume on Friday.',
      expected: { speaker: 'Jansen', content: 'the ferry service would resume on Friday' },
    },
    {
      text: 'Foreign Minister Ana Duarte told reporters that the border would stay closed.',
      expected: { speaker: 'Duarte', content: 'the border would stay closed', cue: 'told' },
    },
    {
      text: 'The agency was joined by Oxfam, which said the camps were overcrowded.',
      expected: { speaker: 'Oxfam', content: 'the camps were overcrowded' },
    },
    {
      text: 'Voters in Harlow backed Karla Duarte. When asked whom she supported, Hanna Lind smiled and said the race was close.',
      expected: { speaker: 'Hanna Lind', content: 'the race was close' },
    },
    {
      text: 'Ingrid Holm, a safety engineer who has inspected the plant for a decade, said the pumps were worn.',
      expected: { speaker: 'Holm', content: 'the pumps were worn' },
    },
    {
      text: 'Peter Okafor left the meeting early, saying the proposal was unacceptable.',
      expected: { speaker: 'Okafor', content: 'the proposal was unacceptable', cue: 'saying' },
    },
    { text: 'Dana Wilk put it to a vote on Friday.', expected: null },
    {
      text: 'Senator Dana Wilk echoed the criticism of the port authority.',
      expected: { speaker: 'Wilk', content: 'the criticism of the port authority', cue: 'echoed' },
    },
    {
      text: 'Dana Wilk said the ferry would resume, though she acknowledged it was unlikely to run on time.',
      expected: { speaker: 'Wilk', content: 'it was unlikely to run on time', cue: 'acknowledged' },
    },
    {
      text: 'Lena Ortiz is promising lower fares and "better trains," but she has also raised the parking fees.',
      expected: { speaker: 'Ortiz', content: 'lower fares and "better trains', cue: 'is promising' },
    },
    {
      text: 'Marek Halloran said the tax would rise and Ana Berg said it would fall.',
      expected: { speaker: 'Berg', content: 'it would fall', cue: 'said' },
    },
    {
      text: 'Legal observers note that the harbour tax would not truly end.',
      expected: { speaker: 'observers', content: 'the harbour tax would not truly end', cue: 'note' },
    },
    { text: 'The campaign promise that he would cut taxes was broken.', expected: null },
    {
      text: 'Peter Okafor opened the hearing by saying the inquiry would take a year.',
      expected: { speaker: 'Okafor', content: 'the inquiry would take a year', cue: 'saying' },
    },
    {
      text: 'Lena Ortiz left the committee after admitting that the accounts had been falsified.',
      expected: { speaker: 'Ortiz', content: 'the accounts had been falsified', cue: 'admitting' },
    },
    {
      text: 'Lena Ortiz said the bridge would reopen in May, citing a survey by the county engineers.',
      expected: { speaker: 'Ortiz', content: 'the bridge would reopen in May' },
    },
    {
      text: 'Marek Halloran told voters he would repeal the harbour levy, pointing to the empty quays.',
      expected: { speaker: 'Halloran', content: 'he would repeal the harbour levy', cue: 'told' },
    },
    {
      text: 'Senator Ana Duarte, noting the size of the crowd, said the campaign would win.',
      expected: { speaker: 'Duarte', content: 'the campaign would win', cue: 'said' },
    },
    {
      text: 'Ana Duarte, writing in the Harlow Herald, said the cranes were unsafe.',
      expected: { speaker: 'Duarte', content: 'the cranes were unsafe', cue: 'said' },
    },
    {
      text: 'Ana Duarte toured the harbour, shaking hands with dock workers and warning that the cranes were unsafe.',
      expected: { speaker: 'Duarte', content: 'the cranes were unsafe', cue: 'warning' },
    },
  ],
  needs: CUE_GATE.reporting,
  apply: (c) => {
    const { v, cue } = c;
    const subject = reportingSubject(c);
    if (!subject || !contentFollows(c, subject)) return null;
    const object = cue.sense.frame === 'object';
    const speakerAt = subject.mention.first;
    let content =
      spanAfter(v, cue.last, cue.sense.frame === 'tell') ??
      (object ? (claimBefore(v, speakerAt) ?? relativeAntecedent(c, speakerAt)) : null);
    if (!content) return null;
    if (object && cue.sense.stance !== 'asserts') content = beforeParticiple(v, beforeAs(v, content));
    // (an object, not a clause: "promised lower taxes, but he has also …" ends at the comma)
    else if (v.lower(content.first - 1) !== 'that') content = beforeNewClause(v, content);
    // (a reported clause ends before a participle after a comma: ", citing a survey")
    if (!object) content = beforeParticipleAside(v, content);
    // ("X, noting the size of the crowd, said …": a participle aside ends where the main verb follows it)
    if (cue.sense.participle && v.afterComma(cue.first)) content = beforeMainVerb(v, content);
    if (!content) return null;
    // ("While X said A, Y said B": A ends where the main clause begins)
    if (subject.mention.first > c.start) content = beforeMainClause(v, c.start, content);
    if (subject.relative === 'inside') content = endAtDelimiter(v, content, true);
    else if (subject.relative === 'antecedent') content = endAtDelimiter(v, content, false);
    if (!content) return null;
    return {
      ...reportingBase(c, subject),
      content,
      aboutExtra: subject.relative === 'inside' ? antecedentOf(v, speakerAt) : [],
      pattern: object ? 'object' : cue.sense.frame === 'tell' ? 'tell' : 'clause',
      quoted: v.isQuote(content.first - 1) && v.quotePartner.get(content.first - 1) === content.last + 1,
    };
  },
};
