import { describe, expect, it } from 'vitest';
import { triples, type Triple } from '../../src/query/index.ts';
import { actor, aleppoGraph, documentSet, graphOfSets, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/triples';

/** A triple in one line: statement speaker stance subject relations. */
const line = (t: Triple): string =>
  `${t.statement} ${t.speaker.id} ${t.stance} ${t.subject.id} ${t.relations.join('+')}`;

describe('triples: argument validation', () => {
  it.each([
    ['not a graph', () => triples('graph' as never), `${M}: expected a graphology graph, got "graph"`],
    ['an unknown node', () => triples(graph, 'actor:nobody'), `${M}: unknown node "actor:nobody"`],
    [
      'a claim',
      () => triples(graph, 'claim:aleppo-2016/s9'),
      `${M}: expected an actor node, got claim "claim:aleppo-2016/s9"`,
    ],
    [
      'a bad role',
      () => triples(graph, 'actor:russia', { role: 'author' } as never),
      `${M}: option role: bad value "author" (expected one of speaker, subject, either)`,
    ],
    [
      'a role without an actor',
      () => triples(graph, undefined, { role: 'speaker' }),
      `${M}: option role "speaker" needs an actor`,
    ],
    [
      'an unknown option',
      () => triples(graph, 'actor:russia', { includeMembers: true } as never),
      `${M}: unknown option "includeMembers" (known options: role)`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('triples on the Aleppo graph', () => {
  it('every triple, in document order', () => {
    expect(triples(graph).map(line)).toEqual([
      's1 sohr asserts rebels about',
      's2 syrian-state-media asserts syrian-army about',
      's2 syrian-state-media asserts rebels about',
      's3 syrian-army asserts syrian-army about',
      's3 syrian-army asserts rebels about',
      's5 rebels asserts syrian-army about',
      's6 sohr asserts syrian-army about',
      's7 sohr asserts rebels about',
      's8 russia asserts us about',
      's8 russia asserts rebels about',
      's9 lavrov accuses us about+targets',
      's10 russia asserts us about',
      's10 russia asserts rebels about',
      's11 lavrov asserts us about',
      's11 lavrov asserts rebels about',
      's13 us accuses russia about+targets',
      's14 us accuses russia about+targets',
      's15 syrian-government asserts rebels about',
      's16 syrian-foreign-ministry asserts rebels about',
      's16 syrian-foreign-ministry asserts syrian-government about',
      's17 rebels rejects rebels about',
    ]);
  });

  it.each([
    [
      'actor:russia',
      'either',
      [
        's8 russia asserts us about',
        's8 russia asserts rebels about',
        's10 russia asserts us about',
        's10 russia asserts rebels about',
        's13 us accuses russia about+targets',
        's14 us accuses russia about+targets',
      ],
    ],
    [
      'actor:russia',
      'speaker',
      [
        's8 russia asserts us about',
        's8 russia asserts rebels about',
        's10 russia asserts us about',
        's10 russia asserts rebels about',
      ],
    ],
    ['actor:russia', 'subject', ['s13 us accuses russia about+targets', 's14 us accuses russia about+targets']],
    [
      'actor:lavrov',
      'either',
      ['s9 lavrov accuses us about+targets', 's11 lavrov asserts us about', 's11 lavrov asserts rebels about'],
    ],
    ['actor:lavrov', 'subject', []],
    ['actor:kerry', 'either', []],
    [
      'actor:syrian-army',
      'subject',
      [
        's2 syrian-state-media asserts syrian-army about',
        's3 syrian-army asserts syrian-army about',
        's5 rebels asserts syrian-army about',
        's6 sohr asserts syrian-army about',
      ],
    ],
    // s3: the army is both speaker and subject, and s3 is also about the rebels.
    [
      'actor:syrian-army',
      'either',
      [
        's2 syrian-state-media asserts syrian-army about',
        's3 syrian-army asserts syrian-army about',
        's3 syrian-army asserts rebels about',
        's5 rebels asserts syrian-army about',
        's6 sohr asserts syrian-army about',
      ],
    ],
  ] as const)('%s as %s', (key, role, expected) => {
    expect(triples(graph, key, { role }).map(line)).toEqual(expected);
  });

  it('defaults to either role', () => {
    expect(triples(graph, 'actor:rebels')).toEqual(triples(graph, 'actor:rebels', { role: 'either' }));
  });

  it('a triple carries the claim text and cue', () => {
    expect(triples(graph, 'actor:lavrov', { role: 'speaker' })[0]).toEqual({
      claim: 'claim:aleppo-2016/s9',
      doc: 'aleppo-2016',
      statement: 's9',
      speaker: { key: 'actor:lavrov', id: 'lavrov', label: 'Sergey Lavrov' },
      stance: 'accuses',
      text: 'of backtracking',
      subject: { key: 'actor:us', id: 'us', label: 'United States' },
      relations: ['about', 'targets'],
      cue: { start: 2648, end: 2655, text: 'accused' },
    });
  });

  it('statements without a subject make no triple (Kerry denies "the charge")', () => {
    expect(triples(graph).some((t) => t.statement === 's12' || t.statement === 's4')).toBe(false);
  });
});

describe('triples: relations are listed about before targets, whatever the edge order', () => {
  const g = graphOfSets(
    documentSet('d', [actor('a'), actor('b')], [{ id: 's1', speaker: 'a', stance: 'accuses', targets: ['b'], at: 0 }]),
  );
  g.addDirectedEdgeWithKey('late-about', 'claim:d/s1', 'actor:b', { kind: 'about' });
  it('targets edge first, about edge added later', () => {
    expect(triples(g, 'actor:b').map((t) => t.relations)).toEqual([['about', 'targets']]);
  });
});
