// An article of our own with characters outside the Basic Multilingual Plane (emoji, a flag,
// a CJK extension ideograph) before its statements, so that UTF-16 offsets and code-point
// offsets differ: the case where Python's text[start:end] with JavaScript offsets slices the
// wrong words ('cused U' for 'accused').
import { STATEMENTS_FORMAT, type StatementsFile } from '../../src/model/index.ts';

const text =
  'GENEVA 🇨🇭: Talks on the river treaty 🌊 stalled on Tuesday. 𠀀 ' +
  'The Lakeside Authority 😠 accused Verdania of diverting the upper channel, a spokesman said. ' +
  'Verdania 🙅 denied the charge. "We have taken nothing," its water minister said 💧.';

const span = (words: string, from = 0) => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`emojiArticle: ${words} not found`);
  return { start, end: start + words.length, text: words };
};
const sentence = (first: string, last: string) => {
  const start = text.indexOf(first);
  const end = text.indexOf(last, start) + last.length;
  return { start, end, text: text.slice(start, end) };
};

export const EMOJI_STATEMENTS: StatementsFile = {
  format: STATEMENTS_FORMAT,
  documents: [{ id: 'river-talks', title: 'River talks 🌊 stall', published: '2026-03-03', text }],
  actors: [
    { id: 'lakeside', label: 'Lakeside Authority 😠', kind: 'government', aliases: ['the Authority', '湖 🏞'] },
    { id: 'verdania', label: 'Verdania', kind: 'state', aliases: ['Verdanian government'] },
  ],
  statements: [
    {
      id: 's1',
      doc: 'river-talks',
      speaker: 'lakeside',
      stance: 'accuses',
      cue: span('accused'),
      content: span('of diverting the upper channel'),
      evidence: sentence('The Lakeside', 'spokesman said.'),
      targets: ['verdania'],
      about: ['verdania'],
      responds: [],
    },
    {
      id: 's2',
      doc: 'river-talks',
      speaker: 'verdania',
      stance: 'denies',
      cue: span('denied'),
      content: span('the charge'),
      evidence: sentence('Verdania 🙅', 'the charge.'),
      targets: [],
      about: ['lakeside'],
      responds: ['s1'],
    },
    {
      id: 's3',
      doc: 'river-talks',
      speaker: 'verdania',
      stance: 'asserts',
      cue: span('said', text.indexOf('minister')),
      content: span('We have taken nothing'),
      evidence: sentence('"We have', 'said 💧.'),
      targets: [],
      about: [],
      responds: [],
    },
  ],
};
