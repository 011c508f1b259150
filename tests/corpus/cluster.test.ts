import { describe, expect, it } from 'vitest';
import { ClaimClusterer, clusterClaims } from '../../src/corpus/cluster/index.ts';
import type { StatementRecord, Stance } from '../../src/model/index.ts';

function st(
  id: string,
  speaker: string,
  stance: Stance,
  content: string,
  extra: Partial<StatementRecord> = {},
): StatementRecord {
  const span = { start: 0, end: content.length, text: content };
  return {
    id,
    doc: `d-${id}`,
    speaker,
    stance,
    cue: null,
    content: span,
    evidence: span,
    targets: [],
    about: [],
    responds: [],
    ...extra,
  };
}

describe('clusterClaims', () => {
  it('refuses a similarity outside (0, 1]', () => {
    expect(() => clusterClaims([], { similarity: 0 })).toThrow(
      'claimgraph/corpus/cluster: similarity must be in (0, 1], got 0',
    );
    expect(() => clusterClaims([], { similarity: 1.2 })).toThrow('got 1.2');
  });

  it.each([
    [
      'same speaker, paraphrase, same figure',
      [
        st('a', 'sohr', 'asserts', 'over 341 people were killed in east Aleppo'),
        st('b', 'sohr', 'asserts', '341 people were killed in east Aleppo'),
      ],
      ['a', 'a'],
    ],
    [
      'another figure is another claim',
      [
        st('a', 'sohr', 'asserts', '341 people were killed in east Aleppo'),
        st('b', 'sohr', 'asserts', '342 people were killed in east Aleppo'),
      ],
      ['a', 'b'],
    ],
    [
      'another speaker is another claim',
      [st('a', 'sohr', 'asserts', '341 people were killed'), st('b', 'un', 'asserts', '341 people were killed')],
      ['a', 'b'],
    ],
    [
      'another stance is another claim',
      [
        st('a', 'russia', 'asserts', 'its troops would withdraw'),
        st('b', 'russia', 'denies', 'its troops would withdraw'),
      ],
      ['a', 'b'],
    ],
    [
      'another target is another accusation',
      [
        st('a', 'us', 'accuses', 'of backtracking', { targets: ['russia'] }),
        st('b', 'us', 'accuses', 'of backtracking', { targets: ['iran'] }),
      ],
      ['a', 'b'],
    ],
    [
      'the first member names the cluster',
      [
        st('x', 'us', 'asserts', 'talks failed'),
        st('y', 'us', 'asserts', 'the talks failed'),
        st('z', 'us', 'asserts', 'talks failed'),
      ],
      ['x', 'x', 'x'],
    ],
  ])('%s', (_name, statements, expected) => {
    const clusters = clusterClaims(statements);
    expect(statements.map((s) => clusters.get(s.id))).toEqual(expected);
  });

  it('denials join only denials that answer the same claim', () => {
    const statements = [
      st('acc1', 'us', 'accuses', 'of backtracking', { targets: ['russia'] }),
      st('acc2', 'us', 'accuses', 'of backtracking', { targets: ['russia'] }),
      st('acc3', 'iran', 'accuses', 'of lying', { targets: ['russia'] }),
      st('den1', 'russia', 'denies', 'the charge', { responds: ['acc1'] }),
      st('den2', 'russia', 'denies', 'the charge', { responds: ['acc2'] }),
      st('den3', 'russia', 'denies', 'the charge', { responds: ['acc3'] }),
    ];
    const clusters = clusterClaims(statements);
    expect(statements.map((s) => clusters.get(s.id))).toEqual(['acc1', 'acc1', 'acc3', 'den1', 'den1', 'den3']);
  });

  it('a substantive rejection clusters on its content, whatever an extractor linked it to (regression: 10k corpus)', () => {
    const statements = [
      st('a', 'us', 'asserts', 'the talks had failed'),
      st('b', 'iran', 'asserts', 'a truce was near'),
      st('r1', 'russia', 'rejects', 'calls for a ceasefire in the southern highway', { responds: ['a'] }),
      st('r2', 'russia', 'rejects', 'calls for a ceasefire in the southern highway', { responds: ['b'] }),
      st('r3', 'russia', 'rejects', 'calls for a ceasefire in the southern highway'),
    ];
    const clusters = clusterClaims(statements);
    expect(statements.map((s) => clusters.get(s.id))).toEqual(['a', 'b', 'r1', 'r1', 'r1']);
  });
});

describe('ClaimClusterer.seal', () => {
  it('releases the index: clusters keep their ids, and no statement can join any more', () => {
    const clusterer = new ClaimClusterer();
    const statements = [
      st('a', 'sohr', 'asserts', 'over 341 people were killed in east Aleppo'),
      st('b', 'sohr', 'asserts', 'over 341 people were killed in east Aleppo on Sunday'),
      st('c', 'iran', 'asserts', 'a truce was near'),
    ];
    const numbers = statements.map((s) => clusterer.join(s, () => undefined));
    expect(numbers).toEqual([0, 0, 1]);
    clusterer.seal();
    expect(numbers.map((n) => clusterer.idOf(n))).toEqual(['a', 'a', 'c']);
    expect(() => clusterer.join(st('d', 'iran', 'asserts', 'a truce was near'), () => undefined)).toThrow(
      'claimgraph/corpus/cluster: join() after seal()',
    );
  });
});
