import { describe, expect, it } from 'vitest';
import { statementsAbout } from '../../src/query/index.ts';
import { actor, aleppoGraph, documentSet, graphOfSets, ids, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/statementsAbout';

describe('statementsAbout: argument validation', () => {
  it.each([
    [
      'not a graph',
      () => statementsAbout(null as never, 'actor:russia'),
      `${M}: expected a graphology graph, got null`,
    ],
    ['an unknown node', () => statementsAbout(graph, 'actor:nobody'), `${M}: unknown node "actor:nobody"`],
    [
      'a claim',
      () => statementsAbout(graph, 'claim:aleppo-2016/s9'),
      `${M}: expected an actor node, got claim "claim:aleppo-2016/s9"`,
    ],
    [
      'an unknown option',
      () => statementsAbout(graph, 'actor:us', { depth: 1 } as never),
      `${M}: unknown option "depth" (known options: includeMembers)`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('statementsAbout on the Aleppo graph', () => {
  it.each([
    ['actor:russia', false, ['s13', 's14']],
    ['actor:us', false, ['s8', 's9', 's10', 's11']],
    ['actor:rebels', false, ['s1', 's2', 's3', 's7', 's8', 's10', 's11', 's15', 's16', 's17']],
    ['actor:syrian-army', false, ['s2', 's3', 's5', 's6']],
    ['actor:syrian-government', false, ['s16']],
    ['actor:syrian-government', true, ['s2', 's3', 's5', 's6', 's16']],
    ['actor:lavrov', false, []],
    ['actor:china', false, []],
  ])('%s (includeMembers %s) → %j', (key, includeMembers, expected) => {
    expect(ids(statementsAbout(graph, key, { includeMembers }))).toEqual(expected);
  });
});

describe('statementsAbout: a claim both about and targeting an actor', () => {
  const g = graphOfSets(
    documentSet(
      'd',
      [actor('a'), actor('b')],
      [{ id: 's1', speaker: 'a', stance: 'accuses', about: ['b'], targets: ['b'], at: 0 }],
    ),
  );
  it('lists the statement once', () => {
    expect(ids(statementsAbout(g, 'actor:b'))).toEqual(['s1']);
  });
});
