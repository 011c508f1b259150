// Filters → hidden nodes, on the tiny graph.
import { describe, expect, it } from 'vitest';
import { buildGraphIndex, hiddenNodes, VisibilityIndex } from '../../../web/src/reducers/index.ts';
import { defaultFilters, type Filters } from '../../../web/src/state/index.ts';
import { tinyGraph } from './fixture.ts';

const graph = tinyGraph();
const index = buildGraphIndex(graph);
const claim = (id: string) => `claim:d/${id}`;

describe('hiddenNodes', () => {
  const cases: [string, Partial<Filters>, string[]][] = [
    ['nothing by default', {}, []],
    [
      'other stances, and actors no shown claim touches',
      { stances: ['accuses'] },
      [claim('s1'), claim('s3'), 'actor:b'],
    ],
    [
      'every claim and actor when no stance is shown',
      { stances: [] },
      [claim('s1'), claim('s2'), claim('s3'), 'actor:a', 'actor:b', 'actor:c'],
    ],
    ['actors of unticked kinds', { actorKinds: ['person', 'state'] }, ['actor:c']],
    [
      'claims of other documents, and those documents',
      { docs: ['elsewhere'] },
      ['doc:d', claim('s1'), claim('s2'), claim('s3'), 'actor:a', 'actor:b', 'actor:c'],
    ],
    ['uncontested claims and the actors left alone', { contestedOnly: true }, [claim('s1'), 'actor:b']],
  ];
  it.each(cases)('hides %s', (_name, patch, expected) => {
    const hidden = hiddenNodes(graph, index, { ...defaultFilters(), ...patch });
    expect([...hidden].sort()).toEqual([...expected].sort());
  });
});

describe('VisibilityIndex', () => {
  const visibility = new VisibilityIndex(graph, index);
  it('names the nodes a filter change shows or hides, and only those', () => {
    const all = visibility.hidden(defaultFilters());
    const accusations = visibility.hidden({ ...defaultFilters(), stances: ['accuses'] });
    expect(visibility.changed(all, accusations).sort()).toEqual([claim('s1'), claim('s3'), 'actor:b'].sort());
    expect(visibility.changed(accusations, accusations)).toEqual([]);
    expect(accusations.has(claim('s1'))).toBe(true);
    expect(accusations.has(claim('s2'))).toBe(false);
    expect(accusations.has('no such node')).toBe(false);
  });
});

describe('buildGraphIndex', () => {
  it("knows each claim's stance and document, and the contested claims", () => {
    expect(Object.fromEntries(index.stanceOf)).toEqual({
      [claim('s1')]: 'asserts',
      [claim('s2')]: 'accuses',
      [claim('s3')]: 'denies',
    });
    expect([...index.docOf.values()]).toEqual(['d', 'd', 'd']);
    expect([...index.contested].sort()).toEqual([claim('s2'), claim('s3')]);
  });

  it('draws actors larger than documents, and documents larger than claims', () => {
    const size = (key: string) => index.styles.get(key)?.size ?? 0;
    expect(size('actor:c')).toBeGreaterThan(size('doc:d'));
    expect(size('doc:d')).toBeGreaterThan(size(claim('s1')));
  });
});
