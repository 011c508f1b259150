// A tiny hand-built claim graph for the reducer tests: three actors, one document, and a
// chain assertion → accusation → denial.
import { buildGraph, type ClaimGraph, type StatementsFile } from '../../../src/model/index.ts';

const span = (text: string) => ({ start: 0, end: text.length, text });

export const TINY: StatementsFile = {
  format: 'claimgraph/statements@1',
  documents: [{ id: 'd', title: 'A document' }],
  actors: [
    { id: 'a', label: 'Alpha', kind: 'person', aliases: ['Al'], memberOf: 'b' },
    { id: 'b', label: 'Beta', kind: 'state', aliases: [] },
    { id: 'c', label: 'Gamma', kind: 'ngo', aliases: [] },
  ],
  statements: [
    {
      id: 's1',
      doc: 'd',
      speaker: 'a',
      stance: 'asserts',
      cue: null,
      content: span('the bridge is open'),
      evidence: span('the bridge is open'),
      targets: [],
      about: ['b'],
      responds: [],
    },
    {
      id: 's2',
      doc: 'd',
      speaker: 'c',
      stance: 'accuses',
      cue: null,
      content: span('of shelling'),
      evidence: span('of shelling'),
      targets: ['a'],
      about: ['a'],
      responds: [],
    },
    {
      id: 's3',
      doc: 'd',
      speaker: 'a',
      stance: 'denies',
      cue: null,
      content: span('the charge'),
      evidence: span('the charge'),
      targets: [],
      about: [],
      responds: ['s2'],
    },
  ],
};

export const tinyGraph = (): ClaimGraph => buildGraph(TINY);
