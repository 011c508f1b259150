// A valid statements set of any size, for tests that need output larger than one chunk.
import { STATEMENTS_FORMAT, type StatementsFile } from '../../../src/model/index.ts';

export function manyStatements(count: number): StatementsFile {
  const sentence = 'Officials said the convoy had left the city before dawn. ';
  const text = sentence.repeat(count);
  return {
    format: STATEMENTS_FORMAT,
    documents: [{ id: 'long', text }],
    actors: [
      { id: 'officials', label: 'Officials', kind: 'government', aliases: ['officials'] },
      { id: 'convoy', label: 'Convoy', kind: 'other', aliases: [] },
    ],
    statements: Array.from({ length: count }, (_, i) => {
      const at = i * sentence.length;
      return {
        id: `s${i}`,
        doc: 'long',
        speaker: 'officials',
        stance: i % 2 ? 'asserts' : 'denies',
        cue: { start: at + 10, end: at + 14, text: 'said' },
        content: { start: at + 15, end: at + 55, text: text.slice(at + 15, at + 55) },
        evidence: { start: at, end: at + sentence.length - 1, text: sentence.slice(0, -1) },
        targets: [],
        about: ['convoy'],
        responds: i % 2 ? [`s${i - 1}`] : [],
      } as const;
    }),
  } as StatementsFile;
}
