// A hand-made statements set whose every string field is hostile to XML and to
// graphology-gexf's list syntax: control characters, & < > quotes, commas, backslashes, the
// escape mark itself, emoji, lone surrogates, empty strings.
import { STATEMENTS_FORMAT, type StatementsFile } from '../../../src/model/index.ts';
import { HOSTILE_PIECES } from '../../model/arbitraries.ts';

const all = HOSTILE_PIECES.join('');
const text = `Start ${all} \uD83D middle ${all} end \uDE00.`;
const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
const lone = text.indexOf('\uD83D');

export const HOSTILE_STATEMENTS: StatementsFile = {
  format: STATEMENTS_FORMAT,
  documents: [
    {
      id: `doc ${'¤0041'} \u0001<&>`,
      title: all,
      dateline: '',
      published: '\uDFFF',
      url: 'http://example.org/?a=1&b="2"',
      file: "it's.txt",
      outlet: '😀',
      note: ' leading and trailing ',
      text,
    },
  ],
  actors: [
    { id: 'a,b "c"', label: '', kind: 'person', aliases: [...HOSTILE_PIECES, '', ' ', ', ', 'plain'] },
    { id: '\u0000', label: all, kind: 'other', aliases: [], memberOf: 'a,b "c"', note: '' },
    { id: '¤', label: '¤', kind: 'media', aliases: ['¤'] },
  ],
  statements: [
    {
      id: '\u0085s1',
      doc: `doc ${'¤0041'} \u0001<&>`,
      speaker: 'a,b "c"',
      stance: 'accuses',
      cue: span(lone, lone + 1),
      content: span(0, 12),
      evidence: span(0, text.length),
      targets: ['\u0000', '¤'],
      about: ['¤', 'a,b "c"'],
      responds: [],
      implicit: false,
      confidence: 0.25,
      rules: ['attribution/a,b "c"', all],
      note: all,
    },
    {
      id: 's2',
      doc: `doc ${'¤0041'} \u0001<&>`,
      speaker: '\u0000',
      stance: 'denies',
      cue: null,
      content: span(3, 3),
      evidence: span(lone - 2, lone + 3),
      targets: [],
      about: [],
      responds: ['\u0085s1'],
      implicit: true,
      cluster: '\r\n',
    },
  ],
};
