import { describe, expect, it } from 'vitest';
import { createClaimGraph } from '../../src/model/index.ts';
import { documentOrder, sortInDocumentOrder } from '../../src/query/index.ts';
import { UNDATED_KEY } from '../../src/time/index.ts';

// Document order: documents by publication date (undated last), then id; inside a
// document, reading order: evidence start, then cue start (content start when implicit),
// then content start, then claim key.
const graph = createClaimGraph();
graph.addNode('doc:b-2020', { kind: 'document', label: 'b', published: '2020-05-01' });
graph.addNode('doc:a-2021', { kind: 'document', label: 'a', published: '2021-01-01' });
graph.addNode('doc:c-undated', { kind: 'document', label: 'c' });
graph.addNode('doc:a-undated', { kind: 'document', label: 'a' });
graph.addNode('doc:feed-2019', { kind: 'document', label: 'f', published: 'Tue, 31 Dec 2019 18:00:00 +0000' });
graph.addNode('doc:feed-2020', { kind: 'document', label: 'g', published: 'Wed, 01 Apr 2020' });

const item = (claim: string, doc: string, evidence: number, cue: number | null, content: number) => ({
  claim,
  doc,
  cue: cue === null ? null : { start: cue, end: cue + 1, text: 'x' },
  evidence: { start: evidence, end: evidence + 50, text: 'x' },
  content: { start: content, end: content + 1, text: 'x' },
});

describe('documentOrder', () => {
  it.each([
    [
      'dated before undated, earlier date first',
      [item('k1', 'c-undated', 0, 1, 2), item('k2', 'a-2021', 0, 1, 2), item('k3', 'b-2020', 0, 1, 2)],
      ['k3', 'k2', 'k1'],
    ],
    ['undated documents by id', [item('k1', 'c-undated', 0, 1, 2), item('k2', 'a-undated', 0, 1, 2)], ['k2', 'k1']],
    [
      'a document missing from the graph counts as undated',
      [item('k1', 'zz-missing', 0, 1, 2), item('k2', 'b-2020', 90, 91, 92)],
      ['k2', 'k1'],
    ],
    [
      'by evidence sentence in a document',
      [item('k1', 'b-2020', 100, 101, 102), item('k2', 'b-2020', 10, 60, 12)],
      ['k2', 'k1'],
    ],
    ['same sentence: by cue', [item('k1', 'b-2020', 10, 40, 11), item('k2', 'b-2020', 10, 20, 30)], ['k2', 'k1']],
    [
      'same sentence, implicit: content stands for the cue',
      [item('k1', 'b-2020', 10, 40, 11), item('k2', 'b-2020', 10, null, 30)],
      ['k2', 'k1'],
    ],
    [
      'same sentence and cue: by content',
      [item('k1', 'b-2020', 10, 20, 40), item('k2', 'b-2020', 10, 20, 30)],
      ['k2', 'k1'],
    ],
    [
      'a date key the caller read already is used as is',
      [{ ...item('k1', 'b-2020', 0, 1, 2), dateKey: '2022-01-01' }, item('k2', 'a-2021', 0, 1, 2)],
      ['k2', 'k1'],
    ],
    [
      'the undated key sorts last',
      [{ ...item('k1', 'b-2020', 0, 1, 2), dateKey: UNDATED_KEY }, item('k2', 'a-2021', 0, 1, 2)],
      ['k2', 'k1'],
    ],
    [
      'dates are compared as dates, not as text (RFC 2822 against ISO)',
      [item('k1', 'feed-2019', 0, 1, 2), item('k2', 'b-2020', 0, 1, 2), item('k3', 'feed-2020', 0, 1, 2)],
      ['k1', 'k3', 'k2'],
    ],
    ['all equal: by claim key', [item('k2', 'b-2020', 10, 20, 30), item('k1', 'b-2020', 10, 20, 30)], ['k1', 'k2']],
  ])('%s', (_name, items, expected) => {
    expect(sortInDocumentOrder(graph, items).map((i) => i.claim)).toEqual(expected);
  });

  it('is a consistent comparator (antisymmetric, zero only on itself)', () => {
    const compare = documentOrder(graph);
    const a = item('k1', 'b-2020', 10, 20, 30);
    const b = item('k2', 'a-2021', 0, 1, 2);
    expect([Math.sign(compare(a, b)), Math.sign(compare(b, a)), compare(a, a)]).toEqual([-1, 1, 0]);
  });
});
