import { describe, expect, it } from 'vitest';
import { statementsBy } from '../../src/query/index.ts';
import { actor, aleppoGraph, documentSet, graphOfSets, ids, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/statementsBy';

describe('statementsBy: argument validation', () => {
  it.each([
    [
      'not a graph',
      () => statementsBy({} as never, 'actor:russia'),
      `${M}: expected a graphology graph, got an object {}`,
    ],
    ['a key that is not a string', () => statementsBy(graph, 42 as never), `${M}: expected a node key, got number 42`],
    ['an unknown node', () => statementsBy(graph, 'actor:nobody'), `${M}: unknown node "actor:nobody"`],
    [
      'a claim',
      () => statementsBy(graph, 'claim:aleppo-2016/s1'),
      `${M}: expected an actor node, got claim "claim:aleppo-2016/s1"`,
    ],
    [
      'a document',
      () => statementsBy(graph, 'doc:aleppo-2016'),
      `${M}: expected an actor node, got document "doc:aleppo-2016"`,
    ],
    [
      'options that are not an object',
      () => statementsBy(graph, 'actor:russia', true as never),
      `${M}: expected an options object, got boolean true`,
    ],
    [
      'an unknown option',
      () => statementsBy(graph, 'actor:russia', { members: true } as never),
      `${M}: unknown option "members" (known options: includeMembers)`,
    ],
    [
      'a non-boolean includeMembers',
      () => statementsBy(graph, 'actor:russia', { includeMembers: 'yes' } as never),
      `${M}: option includeMembers: expected true or false, got "yes"`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('statementsBy on the Aleppo graph', () => {
  it.each([
    ['actor:russia', false, ['s8', 's10']],
    ['actor:russia', true, ['s8', 's9', 's10', 's11']],
    ['actor:lavrov', false, ['s9', 's11']],
    ['actor:rebels', false, ['s4', 's5', 's17']],
    ['actor:sohr', false, ['s1', 's6', 's7']],
    ['actor:syrian-government', false, ['s15']],
    ['actor:syrian-government', true, ['s2', 's3', 's15', 's16']],
    ['actor:us', true, ['s12', 's13', 's14']],
    ['actor:china', true, []],
  ])('%s (includeMembers %s) → %j', (key, includeMembers, expected) => {
    expect(ids(statementsBy(graph, key, { includeMembers }))).toEqual(expected);
  });

  it('returns whole statements: Lavrov accuses the United States of backtracking', () => {
    expect(statementsBy(graph, 'actor:lavrov')[0]).toEqual({
      claim: 'claim:aleppo-2016/s9',
      doc: 'aleppo-2016',
      statement: 's9',
      speaker: { key: 'actor:lavrov', id: 'lavrov', label: 'Sergey Lavrov' },
      stance: 'accuses',
      content: { start: 2711, end: 2726, text: 'of backtracking' },
      cue: { start: 2648, end: 2655, text: 'accused' },
      evidence: {
        start: 2591,
        end: 2727,
        text: 'However, Russian Foreign Minister Sergey Lavrov recently accused Washington -- who Russia maintains backs the rebels -- of backtracking.',
      },
      about: [{ key: 'actor:us', id: 'us', label: 'United States' }],
      targets: [{ key: 'actor:us', id: 'us', label: 'United States' }],
      responds: [],
      implicit: false,
    });
  });

  it('results are JSON data: a round trip through JSON changes nothing', () => {
    const result = statementsBy(graph, 'actor:russia', { includeMembers: true });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('statementsBy: members and order', () => {
  // Members of members count; documents come by date, statements in reading order,
  // whatever order the sets were merged in.
  const later = documentSet(
    'later',
    [actor('state'), actor('ministry', 'state'), actor('minister', 'ministry')],
    [
      { id: 'l1', speaker: 'minister', at: 0 },
      { id: 'l2', speaker: 'state', at: 20 },
    ],
    '2024-02-01',
  );
  const earlier = documentSet(
    'earlier',
    [actor('state'), actor('ministry', 'state'), actor('minister', 'ministry')],
    [
      { id: 'e2', speaker: 'ministry', at: 40 },
      { id: 'e1', speaker: 'state', at: 10 },
    ],
    '2024-01-01',
  );
  const merged = graphOfSets(later, earlier);

  it('follows memberOf transitively', () => {
    expect(ids(statementsBy(merged, 'actor:state', { includeMembers: true }))).toEqual(['e1', 'e2', 'l1', 'l2']);
    expect(ids(statementsBy(merged, 'actor:ministry', { includeMembers: true }))).toEqual(['e2', 'l1']);
  });

  it('does not go up the chain', () => {
    expect(ids(statementsBy(merged, 'actor:minister', { includeMembers: true }))).toEqual(['l1']);
  });
});
