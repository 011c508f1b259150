import { describe, expect, it } from 'vitest';
import { contested, type ContestedClaim } from '../../src/query/index.ts';
import { actor, aleppoGraph, documentSet, graphOfSets, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/contested';

/** `claim ← stance answer` per contesting statement. */
const lines = (items: ContestedClaim[]): string[] =>
  items.flatMap((item) =>
    item.contestedBy.map(
      (by) => `${item.claim.statement} ← ${by.stance} ${by.statement.statement} (${by.statement.speaker.id})`,
    ),
  );

describe('contested: argument validation', () => {
  it.each([
    ['not a graph', () => contested(undefined as never), `${M}: expected a graphology graph, got undefined`],
    [
      'options that are not an object',
      () => contested(graph, 'denies' as never),
      `${M}: expected an options object, got "denies"`,
    ],
    [
      'an empty stance list',
      () => contested(graph, { stances: [] }),
      `${M}: option stances: expected a non-empty list of contesting stances, got an array []`,
    ],
    [
      'a stance that does not contest',
      () => contested(graph, { stances: ['asserts'] as never }),
      `${M}: unknown contesting stance "asserts" (expected denies, rejects)`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('contested on the Aleppo graph', () => {
  it.each([
    [
      undefined,
      ['s2 ← denies s4 (rebels)', 's3 ← denies s4 (rebels)', 's9 ← denies s12 (kerry)', 's15 ← rejects s17 (rebels)'],
    ],
    [['denies'], ['s2 ← denies s4 (rebels)', 's3 ← denies s4 (rebels)', 's9 ← denies s12 (kerry)']],
    [['rejects'], ['s15 ← rejects s17 (rebels)']],
  ] as const)('stances %j', (stances, expected) => {
    expect(lines(contested(graph, stances ? { stances } : undefined))).toEqual(expected);
  });

  it('the contested claim and its answer are whole statements', () => {
    const [, , lavrov] = contested(graph);
    expect(lavrov?.claim.content.text).toBe('of backtracking');
    expect(lavrov?.claim.speaker.label).toBe('Sergey Lavrov');
    expect(lavrov?.contestedBy[0]?.statement.content.text).toBe('the charge');
    expect(lavrov?.contestedBy[0]?.statement.responds).toEqual(['claim:aleppo-2016/s9']);
  });
});

describe('contested: several answers, in document order', () => {
  const g = graphOfSets(
    documentSet(
      'd',
      [actor('a'), actor('b'), actor('c')],
      [
        { id: 's1', speaker: 'a', at: 0 },
        { id: 's3', speaker: 'c', stance: 'rejects', responds: ['s2'], at: 40 },
        { id: 's2', speaker: 'b', stance: 'denies', responds: ['s1'], at: 20 },
        { id: 's4', speaker: 'c', stance: 'denies', responds: ['s1'], at: 60 },
        { id: 's5', speaker: 'a', stance: 'asserts', responds: ['s4'], at: 80 },
      ],
    ),
  );
  it('groups the answers under each claim; an assertion that responds does not contest', () => {
    expect(lines(contested(g))).toEqual(['s1 ← denies s2 (b)', 's1 ← denies s4 (c)', 's2 ← rejects s3 (c)']);
  });
});
