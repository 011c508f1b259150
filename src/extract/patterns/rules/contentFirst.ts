// "Y, X has said." / '"Y," X told reporters.': the content comes before its speaker and cue.
import type { AttributionRule } from '../context.ts';
import { contentBefore } from '../content.ts';
import { contentFollows, reportingBase, reportingSubject } from '../reporting.ts';
import { CUE_GATE } from '../cues.ts';

export const contentFirst: AttributionRule = {
  name: 'content-first',
  description: 'the content, then its speaker and cue: "Y, X said."',
  examples: [
    {
      text: 'Flights will resume next week, the Civil Aviation Authority said.',
      expected: { speaker: 'Civil Aviation Authority', content: 'Flights will resume next week' },
    },
    {
      text: 'The strike will go on, union leader Peter Okafor told reporters.',
      expected: { speaker: 'Okafor', content: 'The strike will go on', cue: 'told' },
    },
    {
      text: 'Tomas Berg electrified the crowds with promises to cut taxes if elected, Karl Brenner said.',
      expected: {
        speaker: 'Karl Brenner',
        content: 'Tomas Berg electrified the crowds with promises to cut taxes if elected',
        cue: 'said',
      },
    },
  ],
  needs: CUE_GATE.reporting,
  apply: (c) => {
    const subject = reportingSubject(c);
    if (!subject || contentFollows(c, subject)) return null;
    const found = contentBefore(c, subject.mention.first);
    if (!found) return null;
    return {
      ...reportingBase(c, subject),
      content: found.content,
      ...(found.firstSentence !== undefined ? { firstSentence: found.firstSentence } : {}),
      pattern: 'content-first',
      quoted: found.quoted,
    };
  },
};
