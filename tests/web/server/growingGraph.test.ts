// The graph a server-mode viewer grows: answers merged by id, answers to statements kept once
// both ends are loaded, memberOf to an actor not loaded left out, and the built claim graph.
import { describe, expect, it } from 'vitest';
import type { StatementsFile } from '../../../src/model/index.ts';
import { GrowingGraph } from '../../../web/src/server/growingGraph.ts';

const text = 'Ann accused Bob of lying. Bob denied it.';
const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part });
const doc = { id: 'd1', text };
const ann = { id: 'ann', label: 'Ann', kind: 'person' as const, aliases: [], memberOf: 'club' };
const bob = { id: 'bob', label: 'Bob', kind: 'person' as const, aliases: [] };
const accusation = {
  id: 'd1/s1',
  doc: 'd1',
  speaker: 'ann',
  stance: 'accuses' as const,
  cue: span('accused'),
  content: span('of lying'),
  evidence: span('Ann accused Bob of lying.'),
  targets: ['bob'],
  about: ['bob'],
  responds: [],
};
const denial = {
  id: 'd1/s2',
  doc: 'd1',
  speaker: 'bob',
  stance: 'denies' as const,
  cue: span('denied'),
  content: span('it'),
  evidence: span('Bob denied it.'),
  targets: [],
  about: [],
  responds: ['d1/s1'],
};
const file = (over: Partial<StatementsFile>): StatementsFile => ({
  format: 'claimgraph/statements@1',
  documents: [doc],
  actors: [],
  statements: [],
  ...over,
});

describe('GrowingGraph', () => {
  it('merges answers; an answer is kept once both ends are loaded', () => {
    const growing = new GrowingGraph();
    // Bob's neighbourhood: his denial, whose answered statement is not in it.
    expect(growing.add(file({ actors: [bob], statements: [denial] }))).toBe(1);
    expect(growing.toStatements().statements[0]!.responds).toEqual([]);
    // Ann's: her accusation (its answer left out by the server), and Bob's denial again without it.
    expect(growing.add(file({ actors: [ann, bob], statements: [accusation, { ...denial, responds: [] }] }))).toBe(1);
    const merged = growing.toStatements();
    expect(merged.statements.map((s) => [s.id, s.responds])).toEqual([
      ['d1/s2', ['d1/s1']],
      ['d1/s1', []],
    ]);
    expect(merged.actors.map((a) => [a.id, a.memberOf])).toEqual([
      ['bob', undefined],
      ['ann', undefined],
    ]);
    expect(growing.size).toBe(2);
    const { graph } = growing.build();
    expect(graph.hasDirectedEdge('claim:d1/s2', 'claim:d1/s1')).toBe(true);
    expect(graph.nodes().sort()).toEqual(['actor:ann', 'actor:bob', 'claim:d1/s1', 'claim:d1/s2', 'doc:d1']);
  });

  it('builds an empty graph before anything is loaded', () => {
    expect(new GrowingGraph().build().graph.order).toBe(0);
  });
});
