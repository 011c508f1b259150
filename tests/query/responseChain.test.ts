import { describe, expect, it } from 'vitest';
import { responseChain, type ResponseChain } from '../../src/query/index.ts';
import { actor, aleppoGraph, documentSet, graphOfSets, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/responseChain';

/** The chain as `answers | answeredBy`, each link `depth:statement`. */
const show = (chain: ResponseChain): string =>
  [chain.answers, chain.answeredBy]
    .map((side) => side.map((l) => `${l.depth}:${l.statement.statement}`).join(' '))
    .join(' | ');

describe('responseChain: argument validation', () => {
  it.each([
    [
      'an unknown node',
      () => responseChain(graph, 'claim:aleppo-2016/s99'),
      `${M}: unknown node "claim:aleppo-2016/s99"`,
    ],
    ['an actor', () => responseChain(graph, 'actor:lavrov'), `${M}: expected a claim node, got actor "actor:lavrov"`],
    [
      'a negative depth',
      () => responseChain(graph, 'claim:aleppo-2016/s9', { depth: -1 }),
      `${M}: bad depth -1: expected a whole number ≥ 0 or Infinity`,
    ],
    [
      'a fractional depth',
      () => responseChain(graph, 'claim:aleppo-2016/s9', { depth: 1.5 }),
      `${M}: bad depth 1.5: expected a whole number ≥ 0 or Infinity`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('responseChain on the Aleppo graph', () => {
  it.each([
    ['claim:aleppo-2016/s9', ' | 1:s12'], // Lavrov accuses → Kerry denies
    ['claim:aleppo-2016/s12', '1:s9 | '], // the same chain from the other end
    ['claim:aleppo-2016/s4', '1:s2 1:s3 | '],
    ['claim:aleppo-2016/s2', ' | 1:s4'],
    ['claim:aleppo-2016/s17', '1:s15 | '],
    ['claim:aleppo-2016/s1', ' | '],
  ])('%s → %s', (key, expected) => {
    expect(show(responseChain(graph, key))).toBe(expected);
  });

  it('names the asked claim', () => {
    expect(responseChain(graph, 'claim:aleppo-2016/s12').claim.speaker.label).toBe('John Kerry');
  });
});

describe('responseChain: transitive, both ways, to a depth', () => {
  // s1 ← s2 (denies) ← s3 (rejects the denial); s1 ← s4 (denies).
  const g = graphOfSets(
    documentSet(
      'd',
      [actor('a'), actor('b'), actor('c'), actor('e')],
      [
        { id: 's1', speaker: 'a', at: 0 },
        { id: 's2', speaker: 'b', stance: 'denies', responds: ['s1'], at: 20 },
        { id: 's3', speaker: 'c', stance: 'rejects', responds: ['s2'], at: 40 },
        { id: 's4', speaker: 'e', stance: 'denies', responds: ['s1'], at: 60 },
      ],
    ),
  );
  it.each([
    ['claim:d/s1', undefined, ' | 1:s2 1:s4 2:s3'],
    ['claim:d/s1', 1, ' | 1:s2 1:s4'],
    ['claim:d/s2', undefined, '1:s1 | 1:s3'],
    ['claim:d/s3', undefined, '1:s2 2:s1 | '],
    ['claim:d/s3', 0, ' | '],
    ['claim:d/s4', Infinity, '1:s1 | '],
  ] as const)('%s (depth %s) → %s', (key, depth, expected) => {
    expect(show(responseChain(g, key, depth === undefined ? undefined : { depth }))).toBe(expected);
  });
});
