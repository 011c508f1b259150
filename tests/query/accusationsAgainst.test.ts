import { describe, expect, it } from 'vitest';
import { accusationsAgainst } from '../../src/query/index.ts';
import { actor, aleppoGraph, documentSet, graphOfSets, ids, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/accusationsAgainst';

describe('accusationsAgainst: argument validation', () => {
  it.each([
    ['an unknown node', () => accusationsAgainst(graph, 'actor:nobody'), `${M}: unknown node "actor:nobody"`],
    [
      'a document',
      () => accusationsAgainst(graph, 'doc:aleppo-2016'),
      `${M}: expected an actor node, got document "doc:aleppo-2016"`,
    ],
    [
      'a bad includeMembers',
      () => accusationsAgainst(graph, 'actor:us', { includeMembers: 1 } as never),
      `${M}: option includeMembers: expected true or false, got number 1`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('accusationsAgainst on the Aleppo graph', () => {
  it.each([
    ['actor:russia', false, ['s13', 's14']],
    ['actor:us', false, ['s9']],
    ['actor:us', true, ['s9']],
    ['actor:rebels', false, []],
    ['actor:lavrov', false, []],
  ])('%s (includeMembers %s) → %j', (key, includeMembers, expected) => {
    expect(ids(accusationsAgainst(graph, key, { includeMembers }))).toEqual(expected);
  });

  it('the US accusations against Russia, with speaker, stance and cue', () => {
    expect(
      accusationsAgainst(graph, 'actor:russia').map((s) => [s.speaker.id, s.stance, s.content.text, s.cue?.text]),
    ).toEqual([
      ['us', 'accuses', 'of heavy civilian casualties', 'has accused'],
      ['us', 'accuses', 'for stalling attempts at implementing a ceasefire', 'blamed'],
    ]);
  });
});

describe('accusationsAgainst: members', () => {
  const g = graphOfSets(
    documentSet(
      'd',
      [actor('state'), actor('minister', 'state'), actor('critic')],
      [
        { id: 's1', speaker: 'critic', stance: 'accuses', targets: ['minister'], about: ['minister'], at: 0 },
        { id: 's2', speaker: 'critic', stance: 'accuses', targets: ['state'], about: ['state'], at: 20 },
        { id: 's3', speaker: 'critic', stance: 'asserts', about: ['state'], at: 40 },
      ],
    ),
  );
  it.each([
    [false, ['s2']],
    [true, ['s1', 's2']],
  ])('includeMembers %s → %j (assertions about the actor are not accusations)', (includeMembers, expected) => {
    expect(ids(accusationsAgainst(g, 'actor:state', { includeMembers }))).toEqual(expected);
  });
});
