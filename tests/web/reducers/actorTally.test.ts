// The viewer's fast count of the actor network under a filter gives the library's counts.
import { describe, expect, it } from 'vitest';
import { countActorLinks, prepareActorLinks } from '../../../src/corpus/queries/index.ts';
import { statementTable, type StatementRow } from '../../../src/query/index.ts';
import { syntheticGraph } from '../../../src/synth/index.ts';
import { ActorTally } from '../../../web/src/reducers/actorNetwork.ts';

const prepared = prepareActorLinks(statementTable(syntheticGraph(3000)));
const tally = new ActorTally(prepared);

describe('ActorTally', () => {
  const cases: [string, ((row: StatementRow) => boolean) | undefined][] = [
    ['every statement', undefined],
    ['accusations only', (row) => row.stance === 'accuses'],
    ['no assertions', (row) => row.stance !== 'asserts'],
    ['nothing', () => false],
  ];
  it.each(cases)('counts %s as countActorLinks does', (_name, test) => {
    const library = countActorLinks(prepared, test);
    const counts = tally.count(test);
    expect(Object.fromEntries([...counts.links].map(([key, link]) => [key, link.statements]))).toEqual(
      Object.fromEntries([...library.links].map(([key, link]) => [key, link.statements])),
    );
    expect(Object.fromEntries(counts.actors)).toEqual(
      Object.fromEntries([...library.actors].map(([key, a]) => [key, { made: a.made, received: a.received }])),
    );
    const links = [...library.links.values()];
    expect(counts.maxLink).toBe(Math.max(1, ...links.map((link) => link.statements)));
    for (const [key, link] of counts.links) {
      const expected = library.links.get(key)!;
      expect([link.stance, link.from.key, link.to.key]).toEqual([expected.stance, expected.from.key, expected.to.key]);
    }
  });

  it('has something to count on the synthetic graph', () => {
    expect(tally.count().links.size).toBeGreaterThan(20);
    expect(tally.count((row) => row.stance === 'accuses').links.size).toBeLessThan(tally.count().links.size);
  });
});
