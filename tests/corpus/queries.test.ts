import { describe, expect, it } from 'vitest';
import { QueryError } from '../../src/errors.ts';
import {
  accusationNetwork,
  accusationNetworkToGexf,
  corroboration,
  corroborations,
  positionChanges,
} from '../../src/corpus/queries/index.ts';
import { truthGraph } from './fixtures/corpus.ts';

const { corpus, graph } = truthGraph(600, 11);
const statementKey = new Map(corpus.statements.statements.map((s) => [s.id, s]));
const keyOf = (id: string) => {
  const st = statementKey.get(id)!;
  return graph.findNode((_k, a) => a.kind === 'claim' && a.doc === st.doc && a.start === st.content.start)!;
};

describe('corpus queries: argument validation', () => {
  it.each([
    ['not a graph', () => corroboration({} as never, 'claim:x/s1'), /expected a graphology graph/],
    ['unknown claim', () => corroboration(graph, 'claim:nope/s1'), /unknown node "claim:nope\/s1"/],
    [
      'an actor for a claim',
      () =>
        corroboration(
          graph,
          graph.findNode((_k, a) => a.kind === 'actor')!,
        ),
      /expected a claim node/,
    ],
    [
      'bad minDocuments',
      () => corroborations(graph, { minDocuments: 0 }),
      /option minDocuments: expected a whole number ≥ 1, got 0/,
    ],
    ['unknown option', () => corroborations(graph, { min: 2 } as never), /unknown option "min"/],
    [
      'bad similarity',
      () => positionChanges(graph, { similarity: 2 }),
      /option similarity: expected a number in \(0, 1\], got 2/,
    ],
    ['unknown actor', () => positionChanges(graph, { actor: 'actor:nobody' }), /unknown node "actor:nobody"/],
    [
      'bad minStatements',
      () => accusationNetwork(graph, { minStatements: 1.5 }),
      /option minStatements: expected a whole number ≥ 1, got 1.5/,
    ],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(QueryError);
    expect(call).toThrow(message);
  });
});

describe('corroboration on a generated corpus', () => {
  const multi = corpus.truth.clusters.filter((c) => c.docs.length > 1);

  it('finds exactly the true clusters reported by several documents', () => {
    const found = corroborations(graph)
      .map((c) =>
        c.reports
          .map((r) => r.claim)
          .sort()
          .join(' '),
      )
      .sort();
    const expected = multi.map((c) => c.statements.map(keyOf).sort().join(' ')).sort();
    expect(found.length).toBe(expected.length);
    expect(found).toEqual(expected);
  });

  it('answers for any member: how many documents, and which was first', () => {
    for (const cluster of multi.slice(0, 200)) {
      const last = cluster.statements[cluster.statements.length - 1]!;
      const answer = corroboration(graph, keyOf(last));
      expect(answer.documents).toBe(new Set(cluster.docs).size);
      expect(answer.first.doc).toBe(cluster.first.doc);
      expect(answer.first.published).toBe(cluster.first.published);
      expect(answer.speaker).toBe(`actor:${cluster.speaker}`);
    }
  });

  it('a claim no other document reports has one report, itself', () => {
    const single = corpus.truth.clusters.find((c) => c.docs.length === 1)!;
    const answer = corroboration(graph, keyOf(single.statements[0]!));
    expect(answer.documents).toBe(1);
    expect(answer.reports.map((r) => r.claim)).toEqual([keyOf(single.statements[0]!)]);
  });
});

describe('position changes on a generated corpus', () => {
  it('finds exactly the true changes: who asserted, then denied later', () => {
    const truth = corpus.truth.positionChanges.map((c) => `${c.actor} ${c.asserted.join(',')} → ${c.denied}`).sort();
    const found = positionChanges(graph)
      .map((c) => `${c.actor.slice('actor:'.length)} ${c.assertions.map((a) => a.doc).join(',')} → ${c.denial.doc}`)
      .sort();
    expect(truth.length).toBeGreaterThan(10);
    expect(found).toEqual(truth);
  });

  it('finds the same changes when dates are written as feeds write them (RFC 2822), not as ISO days', () => {
    const feed = graph.copy();
    const rfc2822 = (iso: string): string => new Date(`${iso}T09:30:00Z`).toUTCString().replace('GMT', '+0000'); // "Thu, 01 Dec 2016 09:30:00 +0000"
    feed.updateEachNodeAttributes((_key, attrs) =>
      attrs.kind === 'document' && attrs.published ? { ...attrs, published: rfc2822(attrs.published) } : attrs,
    );
    const written = feed.findNode((_k, a) => a.kind === 'document')!;
    expect((feed.getNodeAttributes(written) as { published?: string }).published).toMatch(
      /^\w{3}, \d{2} \w{3} \d{4} 09:30:00 \+0000$/,
    );
    const show = (g: typeof graph) =>
      positionChanges(g).map((c) => `${c.actor} ${c.assertions.map((a) => a.doc).join(',')} → ${c.denial.doc}`);
    expect(show(feed)).toEqual(show(graph));
    expect(show(feed).length).toBe(corpus.truth.positionChanges.length);
  });

  it('filters by actor', () => {
    const actor = corpus.truth.positionChanges[0]!.actor;
    const found = positionChanges(graph, { actor: `actor:${actor}` });
    expect(found.map((c) => c.denial.doc).sort()).toEqual(
      corpus.truth.positionChanges
        .filter((c) => c.actor === actor)
        .map((c) => c.denied)
        .sort(),
    );
  });
});

describe('accusation network on a generated corpus', () => {
  const network = accusationNetwork(graph);

  it('has exactly the true accuser → accused links with their counts', () => {
    const found = network.mapEdges((_e, a, s, t) => `${s.slice(6)}→${t.slice(6)} ${a.statements}/${a.claims}`).sort();
    const truth = corpus.truth.accusations.map((a) => `${a.from}→${a.to} ${a.statements}/${a.claims}`).sort();
    expect(found).toEqual(truth);
  });

  it('keeps only links with at least minStatements', () => {
    const min = 5;
    const strong = accusationNetwork(graph, { minStatements: min });
    expect(strong.size).toBe(corpus.truth.accusations.filter((a) => a.statements >= min).length);
  });

  it('exports as GEXF that graphology reads back with the same links and weights', async () => {
    const { parse } = await import('graphology-gexf');
    const { DirectedGraph } = await import('graphology');
    const back = parse(DirectedGraph, accusationNetworkToGexf(network));
    expect(back.order).toBe(network.order);
    expect(back.size).toBe(network.size);
    const edge = network.edges()[0]!;
    const [s, t] = network.extremities(edge);
    expect(back.getEdgeAttribute(back.edge(s, t)!, 'statements')).toBe(network.getEdgeAttribute(edge, 'statements'));
    expect(back.getEdgeAttribute(back.edge(s, t)!, 'weight')).toBe(network.getEdgeAttribute(edge, 'statements'));
  });
});
