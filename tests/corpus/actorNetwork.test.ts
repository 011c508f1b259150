// The actor network: exact edges and counts on the curated Aleppo graph (checked statement
// by statement against its annotation), the date, stance and document options on a small
// three-document corpus whose dates are written three ways, and the accusation edges of a
// generated corpus against its known answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTERPART_RULES,
  accusationNetwork,
  actorLinkKey,
  actorNetwork,
  parseActorLinkKey,
} from '../../src/corpus/queries/index.ts';
import { STANCES, STATEMENTS_FORMAT, buildGraph, type StatementsFile } from '../../src/model/index.ts';
import { actor, aleppoGraph, documentSet, queryErrorOf } from '../query/helpers.ts';
import { truthGraph } from './fixtures/corpus.ts';

const M = 'claimgraph/corpus/actorNetwork';
const aleppo = await aleppoGraph();
const edges = (network: ReturnType<typeof actorNetwork>) =>
  network.mapEdges((key, a) => `${key} ${a.statements} [${a.claims.map((c) => c.split('/')[1]).join(',')}]`);

describe('actorNetwork: argument validation', () => {
  it.each([
    ['not a graph', () => actorNetwork([] as never), `${M}: expected a graphology graph, got an array []`],
    ['an unknown option', () => actorNetwork(aleppo, { since: '2016' } as never), /unknown option "since"/],
    ['an unknown stance', () => actorNetwork(aleppo, { stances: ['claims'] as never }), /unknown stance "claims"/],
    [
      'an unreadable date',
      () => actorNetwork(aleppo, { from: 'last week' }),
      /option from: expected a date such as 2016-12-07, got "last week"/,
    ],
    [
      'a reversed range',
      () => actorNetwork(aleppo, { from: '2016-12-08', to: 'Dec. 1, 2016' }),
      /option from \(2016-12-08\) is after option to \(2016-12-01\)/,
    ],
    [
      'a bad minimum',
      () => actorNetwork(aleppo, { minStatements: 0 }),
      /option minStatements: expected a whole number ≥ 1, got 0/,
    ],
    [
      'docs not a list',
      () => actorNetwork(aleppo, { docs: 'a' as never }),
      /option docs: expected a list of document ids/,
    ],
  ])('%s', (_name, call, message) => {
    const text = queryErrorOf(call);
    if (typeof message === 'string') expect(text).toBe(message);
    else expect(text).toMatch(message);
  });
});

describe('actorNetwork on Aleppo', () => {
  const network = actorNetwork(aleppo);

  it('has one edge per stance and direction between two actors, with the statements behind it', () => {
    expect(edges(network)).toEqual([
      'link:asserts:actor:sohr→actor:rebels 2 [s1,s7]',
      'link:asserts:actor:syrian-state-media→actor:syrian-army 1 [s2]',
      'link:asserts:actor:syrian-state-media→actor:rebels 1 [s2]',
      'link:asserts:actor:syrian-army→actor:rebels 1 [s3]',
      // the rebels deny the two claims s4 answers: state media's s2 and the army's s3
      'link:denies:actor:rebels→actor:syrian-state-media 1 [s4]',
      'link:denies:actor:rebels→actor:syrian-army 1 [s4]',
      'link:asserts:actor:rebels→actor:syrian-army 1 [s5]',
      'link:asserts:actor:sohr→actor:syrian-army 1 [s6]',
      'link:asserts:actor:russia→actor:us 2 [s8,s10]',
      'link:asserts:actor:russia→actor:rebels 2 [s8,s10]',
      'link:accuses:actor:lavrov→actor:us 1 [s9]',
      'link:asserts:actor:lavrov→actor:us 1 [s11]',
      'link:asserts:actor:lavrov→actor:rebels 1 [s11]',
      // Kerry's "the charge" answers Lavrov's accusation
      'link:denies:actor:kerry→actor:lavrov 1 [s12]',
      'link:accuses:actor:us→actor:russia 2 [s13,s14]',
      'link:asserts:actor:syrian-government→actor:rebels 1 [s15]',
      'link:asserts:actor:syrian-foreign-ministry→actor:rebels 1 [s16]',
      'link:asserts:actor:syrian-foreign-ministry→actor:syrian-government 1 [s16]',
      // s17 is about the rebels themselves: the speaker is never its own counterpart
      'link:rejects:actor:rebels→actor:syrian-government 1 [s17]',
    ]);
  });

  it('counts, for each actor, the statements it made and received on those edges', () => {
    const counts = Object.fromEntries(network.mapNodes((key, a) => [key.slice(6), [a.made, a.received]]));
    expect(counts).toEqual({
      sohr: [3, 0],
      rebels: [3, 9],
      'syrian-state-media': [1, 1],
      'syrian-army': [1, 4],
      russia: [2, 2],
      us: [2, 4],
      lavrov: [2, 1],
      kerry: [1, 0],
      'syrian-government': [1, 2],
      'syrian-foreign-ministry': [1, 0],
    });
    expect(network.getNodeAttributes('actor:us')).toMatchObject({ label: 'United States', actorKind: 'state' });
  });

  it('narrows by stance and minimum count', () => {
    expect(edges(actorNetwork(aleppo, { stances: ['accuses', 'denies'], minStatements: 1 }))).toEqual([
      'link:denies:actor:rebels→actor:syrian-state-media 1 [s4]',
      'link:denies:actor:rebels→actor:syrian-army 1 [s4]',
      'link:accuses:actor:lavrov→actor:us 1 [s9]',
      'link:denies:actor:kerry→actor:lavrov 1 [s12]',
      'link:accuses:actor:us→actor:russia 2 [s13,s14]',
    ]);
    expect(edges(actorNetwork(aleppo, { minStatements: 2 }))).toEqual([
      'link:asserts:actor:sohr→actor:rebels 2 [s1,s7]',
      'link:asserts:actor:russia→actor:us 2 [s8,s10]',
      'link:asserts:actor:russia→actor:rebels 2 [s8,s10]',
      'link:accuses:actor:us→actor:russia 2 [s13,s14]',
    ]);
  });

  it('has a rule, with its example, for every stance', () => {
    expect(COUNTERPART_RULES.map((rule) => rule.stance).sort()).toEqual([...STANCES].sort());
    for (const rule of COUNTERPART_RULES) expect(rule.example).toMatch(/→/);
  });
});

describe('actorNetwork over time', () => {
  // Three documents whose dates are written as a feed, an ISO day and a wire would write them.
  const sets = [
    documentSet(
      'd1',
      [],
      [{ id: 's1', speaker: 'a', stance: 'accuses', targets: ['b'], about: ['b'], at: 0 }],
      'Wed, 30 Nov 2016 18:00:00 +0000',
    ),
    documentSet(
      'd2',
      [],
      [{ id: 's2', speaker: 'a', stance: 'accuses', targets: ['b'], about: ['b'], at: 0 }],
      '2016-12-01',
    ),
    documentSet(
      'd3',
      [],
      [
        { id: 's3', speaker: 'b', stance: 'denies', responds: ['s2'], at: 0 },
        { id: 's4', speaker: 'c', about: ['a', 'b'], at: 20 },
      ],
      'Dec. 7, 2016',
    ),
  ];
  const file: StatementsFile = {
    format: STATEMENTS_FORMAT,
    documents: sets.flatMap((s) => s.documents),
    actors: [actor('a'), actor('b'), actor('c')],
    statements: sets.flatMap((s) => s.statements),
  };
  const graph = buildGraph([{ source: 'three', data: file }]);
  const short = (network: ReturnType<typeof actorNetwork>) =>
    network.mapEdges((_k, a, s, t) => `${s.slice(6)} ${a.stance} ${t.slice(6)} ${a.statements}/${a.documents}`);

  it('counts across documents in date order', () => {
    expect(short(actorNetwork(graph))).toEqual([
      'a accuses b 2/2',
      'b denies a 1/1',
      'c asserts a 1/1',
      'c asserts b 1/1',
    ]);
  });

  it.each([
    [{ from: '2016-12-01' }, ['a accuses b 1/1', 'b denies a 1/1', 'c asserts a 1/1', 'c asserts b 1/1']],
    [{ to: 'Thu, 01 Dec 2016' }, ['a accuses b 2/2']],
    [{ from: 'Dec. 1, 2016', to: '2016-12-06' }, ['a accuses b 1/1']],
    [{ from: '2016-11-30', to: '2016-11-30' }, ['a accuses b 1/1']],
    [{ from: '2017-01-01' }, []],
    [{ docs: ['d3'] }, ['b denies a 1/1', 'c asserts a 1/1', 'c asserts b 1/1']],
  ])('%j', (options, expected) => {
    expect(short(actorNetwork(graph, options))).toEqual(expected);
  });

  it('leaves undated statements out of any date range', () => {
    const undated = buildGraph([
      { source: 'u', data: { ...file, documents: file.documents.map((d) => ({ id: d.id })) } },
    ]);
    expect(short(actorNetwork(undated))).toHaveLength(4);
    expect(short(actorNetwork(undated, { from: '2000-01-01' }))).toEqual([]);
  });
});

describe('actorNetwork on a generated corpus', () => {
  const { corpus, graph } = truthGraph(300, 5);
  it('its accusation edges are exactly the known accusations, with their statement counts', () => {
    const network = actorNetwork(graph, { stances: ['accuses'] });
    const found = network.mapEdges((_e, a, s, t) => `${s.slice(6)}→${t.slice(6)} ${a.statements}`).sort();
    const truth = corpus.truth.accusations.map((a) => `${a.from}→${a.to} ${a.statements}`).sort();
    expect(found.length).toBeGreaterThan(5);
    expect(found).toEqual(truth);
    expect(network.size).toBe(accusationNetwork(graph).size);
  });
});

describe('actor link keys', () => {
  it('read back whatever the actor keys hold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STANCES), fc.string(), fc.string(), (stance, from, to) => {
        expect(parseActorLinkKey(actorLinkKey(stance, from, to))).toEqual({ stance, from, to });
      }),
    );
    expect(actorLinkKey('accuses', 'actor:lavrov', 'actor:us')).toBe('link:accuses:actor:lavrov→actor:us');
    expect(parseActorLinkKey('link:claims:a→b')).toBeUndefined();
    expect(parseActorLinkKey('actor:lavrov')).toBeUndefined();
  });
});
