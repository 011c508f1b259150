import { describe, expect, it } from 'vitest';
import type { DocumentNode } from '../../src/model/index.ts';
import { provenance } from '../../src/query/index.ts';
import { actor, aleppoGraph, documentSet, graphOfSets, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/provenance';

describe('provenance: argument validation', () => {
  it.each([
    [
      'not a graph',
      () => provenance([] as never, 'claim:aleppo-2016/s9'),
      `${M}: expected a graphology graph, got an array []`,
    ],
    ['an unknown node', () => provenance(graph, 'aleppo-2016/s9'), `${M}: unknown node "aleppo-2016/s9"`],
    ['an actor', () => provenance(graph, 'actor:russia'), `${M}: expected a claim node, got actor "actor:russia"`],
    [
      'a document',
      () => provenance(graph, 'doc:aleppo-2016'),
      `${M}: expected a claim node, got document "doc:aleppo-2016"`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('provenance on the Aleppo graph', () => {
  it("Lavrov's accusation: document, spans, speaker, stance, and Russia as whom he speaks for", () => {
    expect(provenance(graph, 'claim:aleppo-2016/s9')).toEqual({
      claim: 'claim:aleppo-2016/s9',
      statement: 's9',
      stance: 'accuses',
      implicit: false,
      document: {
        key: 'doc:aleppo-2016',
        id: 'aleppo-2016',
        dateline: 'NEW DELHI',
        published: '2016-12-07',
        file: '../articles/aleppo-2016.txt',
      },
      publishedBy: [],
      evidence: {
        start: 2591,
        end: 2727,
        text: 'However, Russian Foreign Minister Sergey Lavrov recently accused Washington -- who Russia maintains backs the rebels -- of backtracking.',
      },
      cue: { start: 2648, end: 2655, text: 'accused' },
      content: { start: 2711, end: 2726, text: 'of backtracking' },
      speaker: { key: 'actor:lavrov', id: 'lavrov', label: 'Sergey Lavrov', actorKind: 'person' },
      speaksFor: [{ key: 'actor:russia', id: 'russia', label: 'Russia' }],
      about: [{ key: 'actor:us', id: 'us', label: 'United States' }],
      targets: [{ key: 'actor:us', id: 'us', label: 'United States' }],
      responds: [],
      respondedBy: ['claim:aleppo-2016/s12'],
    });
  });

  it.each([
    ['claim:aleppo-2016/s3', 'syrian-army', ['syrian-government']],
    ['claim:aleppo-2016/s2', 'syrian-state-media', ['syrian-government']],
    ['claim:aleppo-2016/s12', 'kerry', ['us']],
    ['claim:aleppo-2016/s15', 'syrian-government', []],
    ['claim:aleppo-2016/s1', 'sohr', []],
  ])('%s: said by %s, speaking for %j', (key, speaker, speaksFor) => {
    const p = provenance(graph, key);
    expect(p.speaker.id).toBe(speaker);
    expect(p.speaksFor.map((a) => a.id)).toEqual(speaksFor);
  });

  it('the spans are the document text at their offsets', () => {
    const text = (graph.getNodeAttributes('doc:aleppo-2016') as DocumentNode).text as string;
    for (const key of ['claim:aleppo-2016/s9', 'claim:aleppo-2016/s13']) {
      const p = provenance(graph, key);
      for (const span of [p.evidence, p.content, p.cue]) expect(text.slice(span!.start, span!.end)).toBe(span!.text);
    }
  });

  it('an implicit statement has no cue', () => {
    const p = provenance(graph, 'claim:aleppo-2016/s7');
    expect([p.implicit, p.cue, p.speaker.id]).toEqual([true, null, 'sohr']);
  });

  it("Kerry's denial answers Lavrov's accusation", () => {
    const p = provenance(graph, 'claim:aleppo-2016/s12');
    expect([p.stance, p.responds, p.respondedBy]).toEqual(['denies', ['claim:aleppo-2016/s9'], []]);
  });
});

describe('provenance: the memberOf chain, nearest first, and the publishing outlet', () => {
  const set = documentSet(
    'd',
    [actor('state'), actor('ministry', 'state'), actor('minister', 'ministry'), actor('paper')],
    [{ id: 's1', speaker: 'minister', at: 0 }],
  );
  set.documents[0]!.outletActor = 'paper';
  set.documents[0]!.title = 'A title';
  const g = graphOfSets(set);
  it('minister → ministry → state', () => {
    const p = provenance(g, 'claim:d/s1');
    expect(p.speaksFor.map((a) => a.id)).toEqual(['ministry', 'state']);
    expect(p.publishedBy).toEqual([{ key: 'actor:paper', id: 'paper', label: 'PAPER' }]);
    expect(p.document).toEqual({ key: 'doc:d', id: 'd', title: 'A title' });
  });

  it('a memberOf cycle in a hand-edited graph ends the chain', () => {
    const cyclic = graphOfSets(set);
    cyclic.addDirectedEdgeWithKey('memberOf:state', 'actor:state', 'actor:minister', { kind: 'memberOf' });
    expect(provenance(cyclic, 'claim:d/s1').speaksFor.map((a) => a.id)).toEqual(['ministry', 'state']);
  });
});
